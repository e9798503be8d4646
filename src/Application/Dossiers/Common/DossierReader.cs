using Microsoft.EntityFrameworkCore;
using OneStop.Application.Agencies.Queries.GetAgencies;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Dossiers.Queries.GetDossierById;
using OneStop.Domain.Agencies;
using OneStop.Domain.Dossiers;

namespace OneStop.Application.Dossiers.Common;

/// <summary>Turns a loaded dossier into what the caller sees, with the names of the agencies it mentions.</summary>
public sealed class DossierReader(IApplicationDbContext db, DossierAccess access, TimeProvider clock)
{
    public async Task<DossierDetailDto> ReadAsync(Dossier dossier, CancellationToken cancellationToken) =>
        Read(dossier, await AgenciesOfAsync(dossier, cancellationToken));

    public DossierDetailDto Read(Dossier dossier, IReadOnlyDictionary<Guid, AgencyRefDto> agencies) =>
        DossierDetailDto.From(dossier, access.Actor, agencies, clock.GetUtcNow());

    /// <summary>The agencies the dossier mentions, by id; read only when <paramref name="known"/> lacks one.</summary>
    public async Task<IReadOnlyDictionary<Guid, AgencyRefDto>> AgenciesOfAsync(Dossier dossier, IReadOnlyCollection<AgencyRefDto> known,
        CancellationToken cancellationToken)
    {
        var ids = dossier.AgenciesInvolved()
            .Concat(dossier.Steps.Select(s => s.AgencyId))
            .Concat(dossier.History.SelectMany(h => new[] { h.FromAgencyId, h.ToAgencyId }).OfType<Guid>())
            .Distinct().ToArray();
        var agencies = known.DistinctBy(a => a.Id).ToDictionary(a => a.Id);
        if (ids.All(agencies.ContainsKey))
        {
            return agencies;
        }
        await foreach (var agency in Named((DbContext)db, ids).WithCancellation(cancellationToken))
        {
            agencies.TryAdd(agency.Id, agency);
        }
        return agencies;
    }

    public Task<IReadOnlyDictionary<Guid, AgencyRefDto>> AgenciesOfAsync(Dossier dossier, CancellationToken cancellationToken) =>
        AgenciesOfAsync(dossier, [], cancellationToken);

    public static AgencyRefDto Ref(Agency agency) => new() { Id = agency.Id, Code = agency.Code, Name = agency.Name, Level = agency.Level };

    // Compiled once: every dossier answer names its agencies.
    private static readonly Func<DbContext, Guid[], IAsyncEnumerable<AgencyRefDto>> Named = EF.CompileAsyncQuery(
        (DbContext db, Guid[] ids) => db.Set<Agency>().Where(a => ids.Contains(a.Id))
            .Select(a => new AgencyRefDto { Id = a.Id, Code = a.Code, Name = a.Name, Level = a.Level }));
}
