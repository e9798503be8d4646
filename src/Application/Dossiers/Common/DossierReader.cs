using Microsoft.EntityFrameworkCore;
using OneStop.Application.Agencies.Queries.GetAgencies;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Dossiers.Queries.GetDossierById;
using OneStop.Domain.Dossiers;

namespace OneStop.Application.Dossiers.Common;

/// <summary>Turns a loaded dossier into what the caller sees, with the names of the agencies it mentions.</summary>
public sealed class DossierReader(IApplicationDbContext db, DossierAccess access, TimeProvider clock)
{
    public async Task<DossierDetailDto> ReadAsync(Dossier dossier, CancellationToken cancellationToken) =>
        Read(dossier, await AgenciesOfAsync(dossier, cancellationToken));

    public DossierDetailDto Read(Dossier dossier, IReadOnlyDictionary<Guid, AgencyRefDto> agencies) =>
        DossierDetailDto.From(dossier, access.Actor, agencies, clock.GetUtcNow());

    /// <summary>The agencies the dossier mentions, by id (read before a submission takes its number, to keep that short).</summary>
    public async Task<IReadOnlyDictionary<Guid, AgencyRefDto>> AgenciesOfAsync(Dossier dossier, CancellationToken cancellationToken)
    {
        var ids = dossier.AgenciesInvolved()
            .Concat(dossier.Steps.Select(s => s.AgencyId))
            .Concat(dossier.History.SelectMany(h => new[] { h.FromAgencyId, h.ToAgencyId }).OfType<Guid>())
            .Distinct().ToList();
        return await db.Agencies.Where(a => ids.Contains(a.Id))
            .Select(a => new AgencyRefDto { Id = a.Id, Code = a.Code, Name = a.Name, Level = a.Level })
            .ToDictionaryAsync(a => a.Id, cancellationToken);
    }
}
