using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Interfaces;
using OneStop.Domain.Identity;
using Roles = OneStop.Application.Common.Security.Roles;

namespace OneStop.Application.Identity.Commands.CreateOfficer;

public sealed class CreateOfficerCommandValidator : AbstractValidator<CreateOfficerCommand>
{
    public CreateOfficerCommandValidator(IApplicationDbContext db)
    {
        RuleFor(x => x.FullName).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Email).NotEmpty().EmailAddress().MaximumLength(254);
        RuleFor(x => x.PhoneNumber).Must(PhoneNumber.IsValid)
            .WithMessage("The phone number must be a Vietnamese mobile number, e.g. 0912345678.");
        RuleFor(x => x.AgencyId)
            .MustAsync((id, ct) => db.Agencies.AnyAsync(a => a.Id == id, ct))
            .WithMessage("Agency '{PropertyValue}' does not exist.");
        RuleFor(x => x.Roles).NotEmpty();
        RuleForEach(x => x.Roles).Must(Roles.Officer.Contains)
            .WithMessage($"An officer's roles are among {string.Join(", ", Roles.Officer)}.");
    }
}
