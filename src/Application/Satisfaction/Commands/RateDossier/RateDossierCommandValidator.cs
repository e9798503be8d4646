using FluentValidation;
using OneStop.Application.Satisfaction.Common;

namespace OneStop.Application.Satisfaction.Commands.RateDossier;

public sealed class RateDossierCommandValidator : AbstractValidator<RateDossierCommand>
{
    public RateDossierCommandValidator() => Include(new DossierRatingInputValidator());
}
