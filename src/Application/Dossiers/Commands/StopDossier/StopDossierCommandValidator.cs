using FluentValidation;

namespace OneStop.Application.Dossiers.Commands.StopDossier;

public sealed class StopDossierCommandValidator : AbstractValidator<StopDossierCommand>
{
    public StopDossierCommandValidator()
    {
        RuleFor(c => c.Reasons).NotEmpty().MaximumLength(4000);
    }
}
