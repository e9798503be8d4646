using FluentValidation;

namespace OneStop.Application.Feedbacks.Commands.DraftFeedbackAnswer;

public sealed class DraftFeedbackAnswerCommandValidator : AbstractValidator<DraftFeedbackAnswerCommand>
{
    public DraftFeedbackAnswerCommandValidator()
    {
        RuleFor(c => c.Text).NotEmpty().MaximumLength(20000);
    }
}
