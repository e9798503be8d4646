using Mediator;
using OneStop.Application.Common.Interfaces;

namespace OneStop.Application.Identity.Commands.RegisterOrganisation;

/// <summary>An organisation (enterprise, cooperative, branch) creates its own portal account.</summary>
/// <param name="OrganisationName">As on the business registration certificate.</param>
/// <param name="TaxCode">Tax code (MST): 10 digits whose last is a check digit, or NNNNNNNNNN-NNN for a branch.</param>
/// <param name="RepresentativeName">The person who acts for the organisation.</param>
/// <param name="PhoneNumber">A Vietnamese mobile number, e.g. 0912345678.</param>
/// <param name="Email">Where notices are sent; signs in together with the tax code.</param>
/// <param name="Password">At least 10 characters, not all of one kind.</param>
public sealed record RegisterOrganisationCommand(
    string OrganisationName, string TaxCode, string RepresentativeName, string PhoneNumber, string Email, string Password) : ICommand<Guid>;

public sealed class RegisterOrganisationCommandHandler(IIdentityService identity) : ICommandHandler<RegisterOrganisationCommand, Guid>
{
    public async ValueTask<Guid> Handle(RegisterOrganisationCommand command, CancellationToken cancellationToken) =>
        await identity.RegisterOrganisationAsync(new OrganisationRegistration(
            command.OrganisationName.Trim(),
            Domain.Identity.TaxCode.Parse(command.TaxCode.Trim()).Value,
            command.RepresentativeName.Trim(),
            Domain.Identity.PhoneNumber.Parse(command.PhoneNumber).Value,
            command.Email.Trim().ToLowerInvariant(),
            command.Password), cancellationToken);
}
