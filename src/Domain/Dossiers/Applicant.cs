namespace OneStop.Domain.Dossiers;

public enum ApplicantKind
{
    Citizen = 1,
    Organisation = 2,
}

/// <summary>
/// The person or organisation the dossier is for (chủ hồ sơ). <see cref="IdentityNumber"/> is the 12-digit
/// citizen ID or the tax code; the formats are checked by the value objects in Identity before this is built.
/// </summary>
public sealed record Applicant(ApplicantKind Kind, string FullName, string IdentityNumber, string Phone, string? Email, string Address);

/// <summary>Someone who submits on the applicant's behalf (người được ủy quyền), recorded with the dossier.</summary>
public sealed record Representative(string FullName, string IdentityNumber, string Phone, string Relationship);
