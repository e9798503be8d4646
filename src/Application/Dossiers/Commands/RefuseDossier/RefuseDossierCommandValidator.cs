using FluentValidation;

namespace OneStop.Application.Dossiers.Commands.RefuseDossier;

public sealed class RefuseDossierCommandValidator : AbstractValidator<RefuseDossierCommand>
{
    public RefuseDossierCommandValidator()
    {
        RuleFor(c => c.Reasons).NotEmpty().MaximumLength(4000);
    }
}
