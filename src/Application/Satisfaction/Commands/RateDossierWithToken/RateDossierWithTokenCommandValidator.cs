using FluentValidation;
using OneStop.Application.Satisfaction.Common;

namespace OneStop.Application.Satisfaction.Commands.RateDossierWithToken;

public sealed class RateDossierWithTokenCommandValidator : AbstractValidator<RateDossierWithTokenCommand>
{
    public RateDossierWithTokenCommandValidator()
    {
        RuleFor(c => c.Code).NotEmpty().MaximumLength(40);
        RuleFor(c => c.Token).NotEmpty().MaximumLength(40);
        Include(new DossierRatingInputValidator());
    }
}
