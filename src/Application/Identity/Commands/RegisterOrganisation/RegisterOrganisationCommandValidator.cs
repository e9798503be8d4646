using FluentValidation;
using OneStop.Application.Identity.Common;
using OneStop.Domain.Identity;

namespace OneStop.Application.Identity.Commands.RegisterOrganisation;

public sealed class RegisterOrganisationCommandValidator : AbstractValidator<RegisterOrganisationCommand>
{
    public RegisterOrganisationCommandValidator()
    {
        RuleFor(x => x.OrganisationName).NotEmpty().MaximumLength(200);
        RuleFor(x => x.TaxCode).Must(code => TaxCode.IsValid(code?.Trim()))
            .WithMessage("The tax code is 10 digits ending in a valid check digit, or NNNNNNNNNN-NNN for a branch.");
        RuleFor(x => x.RepresentativeName).NotEmpty().MaximumLength(200);
        RuleFor(x => x.PhoneNumber).VietnameseMobile();
        RuleFor(x => x.Email).AccountEmail();
        RuleFor(x => x.Password).AccountPassword();
    }
}
