using FluentValidation;
using OneStop.Domain.Identity;

namespace OneStop.Application.Identity.Commands.RegisterCitizen;

public sealed class RegisterCitizenCommandValidator : AbstractValidator<RegisterCitizenCommand>
{
    public RegisterCitizenCommandValidator()
    {
        RuleFor(x => x.FullName).NotEmpty().MaximumLength(200);
        RuleFor(x => x.CitizenId).Must(CitizenId.IsValid)
            .WithMessage("The citizen ID is 12 digits and starts with a province code.");
        RuleFor(x => x.PhoneNumber).Must(PhoneNumber.IsValid)
            .WithMessage("The phone number must be a Vietnamese mobile number, e.g. 0912345678.");
        RuleFor(x => x.Email).NotEmpty().EmailAddress().MaximumLength(254);
        // The password rules themselves are Identity's, so that registration and later changes share them.
        RuleFor(x => x.Password).NotEmpty();
    }
}
