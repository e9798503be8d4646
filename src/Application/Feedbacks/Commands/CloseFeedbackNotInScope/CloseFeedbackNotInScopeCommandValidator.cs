using FluentValidation;

namespace OneStop.Application.Feedbacks.Commands.CloseFeedbackNotInScope;

public sealed class CloseFeedbackNotInScopeCommandValidator : AbstractValidator<CloseFeedbackNotInScopeCommand>
{
    public CloseFeedbackNotInScopeCommandValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(2000);
        RuleFor(c => c.Redirection).NotEmpty().MaximumLength(2000);
    }
}
