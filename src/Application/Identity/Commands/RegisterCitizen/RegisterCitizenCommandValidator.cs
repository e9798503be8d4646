using FluentValidation;
using OneStop.Application.Identity.Common;
using OneStop.Domain.Identity;

namespace OneStop.Application.Identity.Commands.RegisterCitizen;

public sealed class RegisterCitizenCommandValidator : AbstractValidator<RegisterCitizenCommand>
{
    public RegisterCitizenCommandValidator()
    {
        RuleFor(x => x.FullName).NotEmpty().MaximumLength(200);
        RuleFor(x => x.CitizenId).Must(CitizenId.IsValid)
            .WithMessage("The citizen ID is 12 digits and starts with a province code.");
        RuleFor(x => x.PhoneNumber).VietnameseMobile();
        RuleFor(x => x.Email).AccountEmail();
        RuleFor(x => x.Password).AccountPassword();
    }
}
