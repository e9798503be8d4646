using FluentValidation;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Identity;

namespace OneStop.Application.Feedbacks.Commands.SubmitFeedback;

public sealed class SubmitFeedbackCommandValidator : AbstractValidator<SubmitFeedbackCommand>
{
    /// <summary>Files a feedback may carry.</summary>
    public const int MaxAttachments = 5;

    public SubmitFeedbackCommandValidator()
    {
        RuleFor(c => c.Title).NotEmpty().WithMessage("Give the feedback a title.").MaximumLength(250);
        RuleFor(c => c.Content).NotEmpty().WithMessage("Write what the feedback is about.").MaximumLength(10000);
        RuleFor(c => c.Category).IsInEnum().WithMessage("Choose what the feedback is about: regulations and procedures, or officers' conduct.");
        RuleFor(c => c.FullName).NotEmpty().WithMessage("Give your name.").MaximumLength(200);
        RuleFor(c => c.PhoneNumber).NotEmpty().When(c => string.IsNullOrWhiteSpace(c.Email))
            .WithMessage("Give a phone number or an e-mail address, so the agency can reach you.");
        RuleFor(c => c.PhoneNumber).Must(PhoneNumber.IsValid).When(c => !string.IsNullOrWhiteSpace(c.PhoneNumber))
            .WithMessage("The phone number must be a Vietnamese mobile number, e.g. 0912345678.");
        RuleFor(c => c.Email).NotEmpty().When(c => string.IsNullOrWhiteSpace(c.PhoneNumber))
            .WithMessage("Give a phone number or an e-mail address, so the agency can reach you.");
        RuleFor(c => c.Email).EmailAddress().MaximumLength(256).When(c => !string.IsNullOrWhiteSpace(c.Email));
        RuleFor(c => c.CitizenId).Must(CitizenId.IsValid).When(c => !string.IsNullOrWhiteSpace(c.CitizenId))
            .WithMessage("A citizen ID has 12 digits, the first three a province code.");
        RuleFor(c => c.RelatedDossierCode).Must(code => DossierCode.TryParse(code?.Trim(), out _)).When(c => !string.IsNullOrWhiteSpace(c.RelatedDossierCode))
            .WithMessage("A dossier code reads like 000.00.15.H56-261124-0001.");
        RuleFor(c => c.Attachments.Count).LessThanOrEqualTo(MaxAttachments).OverridePropertyName("attachments")
            .WithMessage($"At most {MaxAttachments} files can be attached.");
    }
}
