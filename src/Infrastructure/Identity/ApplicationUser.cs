using Microsoft.AspNetCore.Identity;

namespace OneStop.Infrastructure.Identity;

/// <summary>An account: a citizen, an organisation, or an officer bound to one agency.</summary>
public sealed class ApplicationUser : IdentityUser<Guid>
{
    public string FullName { get; set; } = "";
    /// <summary>12-digit citizen ID (CCCD) of a citizen account; unique.</summary>
    public string? CitizenId { get; set; }
    /// <summary>Tax code (MST) of an organisation account; unique.</summary>
    public string? TaxCode { get; set; }
    /// <summary>The claim (in <c>user_claims</c>) that names who acts for an organisation account.</summary>
    public const string RepresentativeClaim = "representative_name";

    /// <summary>The agency an officer belongs to; null for citizens and organisations.</summary>
    public Guid? AgencyId { get; set; }

    /// <summary>A new account signing in with its e-mail address.</summary>
    public static ApplicationUser New(string fullName, string email, string? phoneNumber) => new()
    {
        Id = Guid.CreateVersion7(),
        UserName = email,
        Email = email,
        PhoneNumber = phoneNumber,
        FullName = fullName,
    };
}
