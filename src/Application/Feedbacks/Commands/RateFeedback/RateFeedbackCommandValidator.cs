using FluentValidation;

namespace OneStop.Application.Feedbacks.Commands.RateFeedback;

public sealed class RateFeedbackCommandValidator : AbstractValidator<RateFeedbackCommand>
{
    public RateFeedbackCommandValidator()
    {
        RuleFor(c => c.Comment).MaximumLength(2000);
    }
}
