using FluentValidation;

namespace OneStop.Application.Dossiers.Commands.ReturnResult;

public sealed class ReturnResultCommandValidator : AbstractValidator<ReturnResultCommand>
{
    public ReturnResultCommandValidator() => RuleFor(c => c.DeliveryMethod).IsInEnum();
}
