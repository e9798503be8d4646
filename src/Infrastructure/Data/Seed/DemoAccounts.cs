using Microsoft.AspNetCore.Identity;
using OneStop.Infrastructure.Identity;

namespace OneStop.Infrastructure.Data.Seed;

/// <summary>One demo account for each role of the demo province (demo-accounts.json, printed by run.sh).</summary>
public sealed record DemoAccounts(string Password, IReadOnlyList<DemoAccounts.Account> Accounts, DemoAccounts.Integrator IntegratorClient)
{
    public sealed record Account(
        string Email, string FullName, string? CitizenId, string? TaxCode, string PhoneNumber, IReadOnlyList<string> Roles, string? AgencyCode);

    public sealed record Integrator(string Name, string ClientId, string ClientSecret, IReadOnlyList<string> Scopes, IReadOnlyList<string> AgencyCodes);

    public static DemoAccounts Load() => SeedFile.Read<DemoAccounts>("demo-accounts.json");

    public async Task CreateAsync(UserManager<ApplicationUser> users, IReadOnlyDictionary<string, Guid> agencyIds)
    {
        foreach (var account in Accounts)
        {
            var user = ApplicationUser.New(account.FullName, account.Email, account.PhoneNumber);
            user.EmailConfirmed = true;
            user.CitizenId = account.CitizenId;
            user.TaxCode = account.TaxCode;
            user.AgencyId = account.AgencyCode is null ? null : agencyIds[account.AgencyCode];
            (await users.CreateAsync(user, Password)).EnsureSucceeded();
            (await users.AddToRolesAsync(user, account.Roles)).EnsureSucceeded();
        }
    }

    /// <summary>The demo integrator, with the known secret printed by run.sh (stored hashed, like any other).</summary>
    public IntegratorClient IntegratorClientFor(IReadOnlyDictionary<string, Guid> agencyIds, DateTimeOffset now) => new()
    {
        ClientId = IntegratorClient.ClientId,
        Name = IntegratorClient.Name,
        SecretHash = TokenIssuer.Hash(IntegratorClient.ClientSecret),
        Scopes = [.. IntegratorClient.Scopes],
        AgencyIds = [.. IntegratorClient.AgencyCodes.Select(code => agencyIds[code])],
        CreatedAt = now,
    };
}
