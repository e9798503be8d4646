using FluentValidation;

namespace OneStop.Application.Feedbacks.Commands.ReopenFeedback;

public sealed class ReopenFeedbackCommandValidator : AbstractValidator<ReopenFeedbackCommand>
{
    public ReopenFeedbackCommandValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(4000);
    }
}
