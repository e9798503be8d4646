using FluentValidation;
using Roles = OneStop.Application.Common.Security.Roles;

namespace OneStop.Application.Identity.Commands.ChangeOfficerRoles;

public sealed class ChangeOfficerRolesCommandValidator : AbstractValidator<ChangeOfficerRolesCommand>
{
    public ChangeOfficerRolesCommandValidator()
    {
        RuleFor(x => x.Roles).NotEmpty();
        RuleForEach(x => x.Roles).Must(Roles.Officer.Contains)
            .WithMessage($"An officer's roles are among {string.Join(", ", Roles.Officer)}.");
    }
}
