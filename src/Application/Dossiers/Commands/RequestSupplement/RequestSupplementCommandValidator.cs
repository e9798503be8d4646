using FluentValidation;

namespace OneStop.Application.Dossiers.Commands.RequestSupplement;

public sealed class RequestSupplementCommandValidator : AbstractValidator<RequestSupplementCommand>
{
    public RequestSupplementCommandValidator()
    {
        RuleFor(c => c.Request).NotEmpty().MaximumLength(4000);
    }
}
