using OneStop.Domain.Agencies;
using OneStop.Domain.Dossiers;

namespace OneStop.Application.Common.Interfaces;

/// <summary>
/// Hands out the next dossier code of an agency's local day. Called inside the submitting transaction, so
/// the sequence has no gaps (a rolled-back submission gives its number back) and no duplicates, also with
/// several API processes on one database.
/// </summary>
public interface IDossierCodeGenerator
{
    Task<DossierCode> NextAsync(Guid agencyId, AgencyCode agencyCode, DateOnly localDay, CancellationToken cancellationToken);
}
