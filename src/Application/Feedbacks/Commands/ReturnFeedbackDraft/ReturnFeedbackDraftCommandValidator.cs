using FluentValidation;

namespace OneStop.Application.Feedbacks.Commands.ReturnFeedbackDraft;

public sealed class ReturnFeedbackDraftCommandValidator : AbstractValidator<ReturnFeedbackDraftCommand>
{
    public ReturnFeedbackDraftCommandValidator()
    {
        RuleFor(c => c.Note).NotEmpty().MaximumLength(2000);
    }
}
