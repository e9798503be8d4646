using FluentValidation;

namespace OneStop.Application.Dossiers.Commands.SendBackDossier;

public sealed class SendBackDossierCommandValidator : AbstractValidator<SendBackDossierCommand>
{
    public SendBackDossierCommandValidator()
    {
        RuleFor(c => c.Note).NotEmpty().MaximumLength(4000);
    }
}
