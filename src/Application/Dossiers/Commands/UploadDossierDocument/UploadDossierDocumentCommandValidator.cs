using FluentValidation;

namespace OneStop.Application.Dossiers.Commands.UploadDossierDocument;

public sealed class UploadDossierDocumentCommandValidator : AbstractValidator<UploadDossierDocumentCommand>
{
    public UploadDossierDocumentCommandValidator()
    {
        RuleFor(c => c.Purpose).IsInEnum();
        RuleFor(c => c.FileName).MaximumLength(255);
        RuleFor(c => c.RequiredDocumentIndex).NotNull().When(c => c.Purpose == Domain.Dossiers.DocumentPurpose.Component)
            .WithMessage("Say which required document this file is.");
    }
}
