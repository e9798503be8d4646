using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Mediator;
using OneStop.Application.Common.Exceptions;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Identity.Common;
using OneStop.Domain.Audit;

namespace OneStop.Application.Identity.Commands.CompleteExternalSignIn;

/// <summary>
/// Completes a sign-in through the external provider with what it sent back to the browser, and returns our own
/// token pair, as a password sign-in does.
/// </summary>
/// <param name="Code">The authorization code from the provider's redirect.</param>
/// <param name="State">The state from the provider's redirect; it must be the one this browser's sign-in started with.</param>
public sealed record CompleteExternalSignInCommand(string Code, string State) : ICommand<TokenPairDto>
{
    /// <summary>The challenge this browser started with, which the endpoint reads from its protected cookie.</summary>
    [JsonIgnore]
    public ExternalChallenge? Challenge { get; set; }
}

public sealed class CompleteExternalSignInCommandHandler(
    IExternalIdentityProvider provider, IIdentityService identity, IApplicationDbContext db, IUser caller, TimeProvider clock)
    : ICommandHandler<CompleteExternalSignInCommand, TokenPairDto>
{
    public async ValueTask<TokenPairDto> Handle(CompleteExternalSignInCommand command, CancellationToken cancellationToken)
    {
        provider.EnsureEnabled();
        try
        {
            // The state ties the answer to this browser's own attempt: another's code cannot be slipped in (login CSRF).
            if (command.Challenge is not { } challenge || !CryptographicOperations.FixedTimeEquals(
                    Encoding.UTF8.GetBytes(challenge.State), Encoding.UTF8.GetBytes(command.State)))
            {
                throw new ExternalSignInFailedException("the answer does not belong to a sign-in started in this browser, or that sign-in has expired; start again.");
            }
            var external = await provider.RedeemAsync(command.Code, challenge, cancellationToken);
            return TokenPairDto.Of(await identity.SignInExternallyAsync(external, cancellationToken));
        }
        catch (ExternalSignInFailedException failed)
        {
            db.AuditEntries.Add(AuditEntry.Record(clock.GetUtcNow(), null, "sign-in.failed", caller.IpAddress,
                JsonSerializer.Serialize(new { provider = provider.DisplayName, reason = failed.Reason }, JsonSerializerOptions.Web)));
            await db.SaveChangesAsync(cancellationToken);
            throw;
        }
    }
}
