using FluentValidation;

namespace OneStop.Application.Agencies.Commands.DissolveAgency;

public sealed class DissolveAgencyCommandValidator : AbstractValidator<DissolveAgencyCommand>
{
    public DissolveAgencyCommandValidator()
    {
        RuleFor(x => x.ValidTo).NotEmpty();
        RuleFor(x => x.SuccessorId).NotEmpty().NotEqual(x => x.Id).WithMessage("An agency cannot succeed itself.");
    }
}
