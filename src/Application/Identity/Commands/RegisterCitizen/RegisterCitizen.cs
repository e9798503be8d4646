using Mediator;
using OneStop.Application.Common.Interfaces;
using OneStop.Domain.Identity;

namespace OneStop.Application.Identity.Commands.RegisterCitizen;

/// <summary>A citizen creates their own account.</summary>
/// <param name="FullName">As on the citizen ID card.</param>
/// <param name="CitizenId">12 digits; the first three are a province code.</param>
/// <param name="PhoneNumber">A Vietnamese mobile number, e.g. 0912345678.</param>
/// <param name="Email">Where notices are sent.</param>
/// <param name="Password">At least 10 characters, not all of one kind.</param>
public sealed record RegisterCitizenCommand(string FullName, string CitizenId, string PhoneNumber, string Email, string Password) : ICommand<Guid>;

public sealed class RegisterCitizenCommandHandler(IIdentityService identity) : ICommandHandler<RegisterCitizenCommand, Guid>
{
    public async ValueTask<Guid> Handle(RegisterCitizenCommand command, CancellationToken cancellationToken) =>
        await identity.RegisterCitizenAsync(new CitizenRegistration(
            command.FullName.Trim(),
            Domain.Identity.CitizenId.Parse(command.CitizenId).Value,
            Domain.Identity.PhoneNumber.Parse(command.PhoneNumber).Value,
            command.Email.Trim().ToLowerInvariant(),
            command.Password), cancellationToken);
}
