using OneStop.Domain.Dossiers;
using OneStop.Domain.Identity;

namespace OneStop.Application.Dossiers.Commands.CreateDossier;

/// <summary>The applicant as entered in the wizard or at the counter.</summary>
/// <param name="Kind">Citizen or organisation.</param>
/// <param name="FullName">The person's or the organisation's name.</param>
/// <param name="IdentityNumber">12-digit citizen ID for a citizen, tax code (MST) for an organisation.</param>
/// <param name="Phone">A Vietnamese mobile number.</param>
/// <param name="Email">Optional e-mail for notices.</param>
/// <param name="Address">Postal address.</param>
public sealed record ApplicantInput(ApplicantKind Kind, string FullName, string IdentityNumber, string Phone, string? Email, string Address)
{
    public Applicant ToApplicant() => new(Kind, FullName.Trim(),
        Kind == ApplicantKind.Citizen ? CitizenId.Parse(IdentityNumber).Value : TaxCode.Parse(IdentityNumber).Value,
        PhoneNumber.Parse(Phone).Value, string.IsNullOrWhiteSpace(Email) ? null : Email.Trim(), Address.Trim());
}

/// <summary>Someone submitting on the applicant's behalf.</summary>
public sealed record RepresentativeInput(string FullName, string IdentityNumber, string Phone, string Relationship)
{
    public Representative ToRepresentative() =>
        new(FullName.Trim(), CitizenId.Parse(IdentityNumber).Value, PhoneNumber.Parse(Phone).Value, Relationship.Trim());
}
