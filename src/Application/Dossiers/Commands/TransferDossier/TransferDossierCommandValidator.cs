using FluentValidation;

namespace OneStop.Application.Dossiers.Commands.TransferDossier;

public sealed class TransferDossierCommandValidator : AbstractValidator<TransferDossierCommand>
{
    public TransferDossierCommandValidator()
    {
        RuleFor(c => c.Request).NotEmpty().MaximumLength(4000);
        RuleFor(c => c.AgencyId).NotEmpty();
        RuleFor(c => c.WorkingDays).InclusiveBetween(1, 365);
    }
}
