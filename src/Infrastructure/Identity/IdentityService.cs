using EmailAddressAttribute = System.ComponentModel.DataAnnotations.EmailAddressAttribute;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Base64UrlEncoder = Microsoft.IdentityModel.Tokens.Base64UrlEncoder;
using OneStop.Application.Common.Exceptions;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Common.Security;
using OneStop.Domain.Audit;
using OneStop.Domain.Identity;
using OneStop.Infrastructure.Data;

namespace OneStop.Infrastructure.Identity;

public sealed class IdentityService(
    UserManager<ApplicationUser> users, ApplicationDbContext db, TokenIssuer tokens, TimeProvider clock, IUser caller) : IIdentityService
{
    public async Task<Guid> RegisterCitizenAsync(CitizenRegistration registration, CancellationToken cancellationToken)
    {
        // The unique indexes settle a race between two registrations; these checks give the usual case its message.
        if (await users.Users.AnyAsync(u => u.CitizenId == registration.CitizenId, cancellationToken))
        {
            throw new DuplicateAccountException("citizen ID");
        }
        var user = ApplicationUser.New(registration.FullName, registration.Email, registration.PhoneNumber);
        user.CitizenId = registration.CitizenId;
        await CreateAccountAsync(user, registration.Password, [Roles.Citizen], cancellationToken);
        await AuditAsync("account.registered", user.Id, new { role = Roles.Citizen, email = user.Email }, cancellationToken);
        return user.Id;
    }

    public async Task<Guid> RegisterOrganisationAsync(OrganisationRegistration registration, CancellationToken cancellationToken)
    {
        if (await users.Users.AnyAsync(u => u.TaxCode == registration.TaxCode, cancellationToken))
        {
            throw new DuplicateAccountException("tax code");
        }
        var organisation = ApplicationUser.New(registration.OrganisationName, registration.Email, registration.PhoneNumber);
        organisation.TaxCode = registration.TaxCode;
        await CreateAccountAsync(organisation, registration.Password, [Roles.Organisation], cancellationToken,
            () => users.AddClaimAsync(organisation, new Claim(ApplicationUser.RepresentativeClaim, registration.RepresentativeName)));
        await AuditAsync("account.registered", organisation.Id,
            new { role = Roles.Organisation, email = organisation.Email, taxCode = organisation.TaxCode }, cancellationToken);
        return organisation.Id;
    }

    public async Task<TokenPair> SignInAsync(string login, string password, CancellationToken cancellationToken)
    {
        var user = await FindByLoginAsync(login, cancellationToken);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            await AuditAsync("sign-in.failed", user?.Id, new { login, reason = user is null ? "unknown account" : "locked" }, cancellationToken);
            throw new AuthenticationFailedException();
        }
        if (!await users.CheckPasswordAsync(user, password))
        {
            await users.AccessFailedAsync(user);
            await AuditAsync("sign-in.failed", user.Id, new { login, reason = "wrong password" }, cancellationToken);
            throw new AuthenticationFailedException();
        }
        await users.ResetAccessFailedCountAsync(user);
        return await StartSessionAsync(user, new { login }, cancellationToken);
    }

    /// <summary>An e-mail address, a tax code (10 or 13 digits) or a citizen ID (12 digits): the shapes never overlap.</summary>
    private async Task<ApplicationUser?> FindByLoginAsync(string login, CancellationToken cancellationToken)
    {
        if (login.Contains('@'))
        {
            return await users.FindByEmailAsync(login);
        }
        if (TaxCode.IsValid(login))
        {
            var taxCode = TaxCode.Parse(login).Value;
            return await users.Users.SingleOrDefaultAsync(u => u.TaxCode == taxCode, cancellationToken);
        }
        return await users.Users.SingleOrDefaultAsync(u => u.CitizenId == login, cancellationToken);
    }

    public async Task<TokenPair> SignInExternallyAsync(ExternalIdentity identity, CancellationToken cancellationToken)
    {
        var outcome = "signed in";
        var user = await users.FindByLoginAsync(identity.Provider, identity.Subject);
        if (user is null)
        {
            var citizenId = identity.CitizenId is { } id && CitizenId.IsValid(id)
                ? id
                : throw new ExternalSignInFailedException($"{identity.ProviderDisplayName} did not give a valid citizen ID.");
            user = await users.Users.SingleOrDefaultAsync(u => u.CitizenId == citizenId, cancellationToken);
            outcome = user is null ? "account created" : "account linked";
            user ??= await CreateExternalCitizenAsync(identity, citizenId, cancellationToken);
        }
        if (await users.IsLockedOutAsync(user))
        {
            throw new ExternalSignInFailedException("the account is locked for now; try again later.");
        }
        if (outcome == "account linked")
        {
            // The provider vouches for the citizen ID, so the account registered with it is this person's.
            (await users.AddLoginAsync(user, Link(identity))).EnsureSucceeded();
        }
        return await StartSessionAsync(user, new { provider = identity.Provider, subject = identity.Subject, outcome }, cancellationToken);
    }

    /// <summary>A citizen account without a password: it signs in through the provider only.</summary>
    private async Task<ApplicationUser> CreateExternalCitizenAsync(ExternalIdentity identity, string citizenId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(identity.FullName))
        {
            throw new ExternalSignInFailedException($"{identity.ProviderDisplayName} did not give the person's name.");
        }
        // Identity keys accounts by e-mail address; without one, the person registers first and links on the next sign-in.
        if (identity.Email is not { } email || !new EmailAddressAttribute().IsValid(email))
        {
            throw new ExternalSignInFailedException(
                $"{identity.ProviderDisplayName} did not share an e-mail address, which a new account needs. Register with your citizen ID first; signing in with {identity.ProviderDisplayName} then uses that account.");
        }
        var phone = PhoneNumber.IsValid(identity.PhoneNumber) ? PhoneNumber.Parse(identity.PhoneNumber!).Value : null;
        var citizen = ApplicationUser.New(identity.FullName.Trim(), email.Trim().ToLowerInvariant(), phone);
        citizen.CitizenId = citizenId;
        await CreateAccountAsync(citizen, password: null, [Roles.Citizen], cancellationToken, () => users.AddLoginAsync(citizen, Link(identity)));
        return citizen;
    }

    private static UserLoginInfo Link(ExternalIdentity identity) => new(identity.Provider, identity.Subject, identity.ProviderDisplayName);

    /// <summary>A new refresh-token family and the audit entry of the sign-in, saved together.</summary>
    private async Task<TokenPair> StartSessionAsync(ApplicationUser user, object auditDetails, CancellationToken cancellationToken)
    {
        var pair = await IssueAsync(user, familyId: Guid.CreateVersion7(), replacing: null);
        Audit("sign-in.succeeded", user.Id, auditDetails);
        await db.SaveChangesAsync(cancellationToken);
        return pair;
    }

    public async Task<TokenPair> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var presented = await db.RefreshTokens.SingleOrDefaultAsync(t => t.TokenHash == TokenIssuer.Hash(refreshToken), cancellationToken)
            ?? throw new AuthenticationFailedException();
        if (presented.RevokedAt is not null)
        {
            // A token used twice was copied: end the whole session, for the thief and the owner alike.
            await RevokeFamilyAsync(presented.FamilyId, now, cancellationToken);
            await AuditAsync("token.reuse-revoked", presented.UserId, new { family = presented.FamilyId }, cancellationToken);
            throw new AuthenticationFailedException();
        }
        var user = await users.FindByIdAsync(presented.UserId.ToString());
        if (presented.ExpiresAt <= now || user is null || await users.IsLockedOutAsync(user))
        {
            throw new AuthenticationFailedException();
        }
        presented.RevokedAt = now;
        var pair = await IssueAsync(user, presented.FamilyId, replacing: presented);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another renewal of the same token won the race: this one is the replay.
            throw new AuthenticationFailedException();
        }
        return pair;
    }

    public async Task SignOutAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var presented = await db.RefreshTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == TokenIssuer.Hash(refreshToken), cancellationToken);
        if (presented is not null)
        {
            await RevokeFamilyAsync(presented.FamilyId, clock.GetUtcNow(), cancellationToken);
            await AuditAsync("token.signed-out", presented.UserId, new { family = presented.FamilyId }, cancellationToken);
        }
    }

    public async Task<AccountDto?> FindAccountAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return null;
        }
        var representative = user.TaxCode is null
            ? null
            : (await users.GetClaimsAsync(user)).FirstOrDefault(c => c.Type == ApplicationUser.RepresentativeClaim)?.Value;
        return new AccountDto(user.Id, user.FullName, user.Email ?? "", user.PhoneNumber, user.CitizenId, [.. await users.GetRolesAsync(user)],
            user.TaxCode, representative);
    }

    public async Task<CreatedOfficer> CreateOfficerAsync(OfficerRegistration registration, CancellationToken cancellationToken)
    {
        var officer = ApplicationUser.New(registration.FullName, registration.Email, registration.PhoneNumber);
        officer.AgencyId = registration.AgencyId;
        // 18 random bytes in base64url: long and mixed enough for every password rule.
        var initialPassword = $"{Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(18))}-7a";
        await CreateAccountAsync(officer, initialPassword, registration.Roles, cancellationToken);
        return new CreatedOfficer(officer.Id, initialPassword);
    }

    public async Task ChangeOfficerRolesAsync(Guid officerId, IReadOnlyList<string> roles, CancellationToken cancellationToken)
    {
        var officer = await FindOfficerAsync(officerId, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var current = await users.GetRolesAsync(officer);
        (await users.RemoveFromRolesAsync(officer, current.Except(roles))).EnsureSucceeded();
        (await users.AddToRolesAsync(officer, roles.Except(current))).EnsureSucceeded();
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task SetOfficerActiveAsync(Guid officerId, bool active, CancellationToken cancellationToken)
    {
        var officer = await FindOfficerAsync(officerId, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        (await users.SetLockoutEnabledAsync(officer, true)).EnsureSucceeded();
        (await users.SetLockoutEndDateAsync(officer, active ? null : DateTimeOffset.MaxValue)).EnsureSucceeded();
        if (!active)
        {
            var now = clock.GetUtcNow();
            await db.RefreshTokens.Where(t => t.UserId == officerId && t.RevokedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, now), cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<ApplicationUser> FindOfficerAsync(Guid officerId, CancellationToken cancellationToken) =>
        await users.Users.SingleOrDefaultAsync(u => u.Id == officerId && u.AgencyId != null, cancellationToken)
        ?? throw new NotFoundException("Officer", officerId);

    public async Task<IReadOnlyList<OfficerDto>> GetOfficersAsync(Guid? agencyId, CancellationToken cancellationToken) =>
        await users.Users.AsNoTracking()
            .Where(u => u.AgencyId != null && (agencyId == null || u.AgencyId == agencyId))
            .OrderBy(u => u.FullName)
            .Select(u => new OfficerDto(
                u.Id,
                u.FullName,
                u.Email ?? "",
                u.PhoneNumber,
                u.AgencyId!.Value,
                db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).OrderBy(n => n).ToList(),
                u.LockoutEnd == null || u.LockoutEnd != DateTimeOffset.MaxValue))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Creates the account with its roles, and whatever <paramref name="alsoRecord"/> adds, in one transaction. A taken
    /// e-mail address is a conflict; a password the rules refuse is a validation error naming each failed rule.
    /// </summary>
    private async Task CreateAccountAsync(ApplicationUser user, string? password, IEnumerable<string> roles, CancellationToken cancellationToken,
        Func<Task<IdentityResult>>? alsoRecord = null)
    {
        if (await users.FindByEmailAsync(user.Email!) is not null)
        {
            throw new DuplicateAccountException("e-mail address");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new ValidationException(created.Errors.Select(e => new ValidationFailure("Password", e.Description)));
        }
        (await users.AddToRolesAsync(user, roles)).EnsureSucceeded();
        if (alsoRecord is not null)
        {
            (await alsoRecord()).EnsureSucceeded();
        }
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<TokenPair> IssueAsync(ApplicationUser user, Guid familyId, RefreshToken? replacing)
    {
        var access = tokens.AccessToken(user, await users.GetRolesAsync(user));
        var refresh = tokens.RefreshToken();
        var stored = new RefreshToken
        {
            UserId = user.Id,
            FamilyId = familyId,
            TokenHash = refresh.Hash,
            CreatedAt = clock.GetUtcNow(),
            ExpiresAt = refresh.ExpiresAt,
        };
        db.RefreshTokens.Add(stored);
        if (replacing is not null)
        {
            replacing.ReplacedById = stored.Id;
        }
        return new TokenPair(access.Token, access.ExpiresAt, refresh.Token, refresh.ExpiresAt);
    }

    private Task RevokeFamilyAsync(Guid familyId, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.RefreshTokens
            .Where(t => t.FamilyId == familyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, now), cancellationToken);

    private void Audit(string action, Guid? actorId, object details) =>
        db.AuditEntries.Add(AuditEntry.Record(clock.GetUtcNow(), actorId, action, caller.IpAddress, JsonSerializer.Serialize(details, JsonSerializerOptions.Web)));

    /// <summary>Records and saves at once: the caller is about to fail, and the entry must stay.</summary>
    private async Task AuditAsync(string action, Guid? actorId, object details, CancellationToken cancellationToken)
    {
        Audit(action, actorId, details);
        await db.SaveChangesAsync(cancellationToken);
    }
}
