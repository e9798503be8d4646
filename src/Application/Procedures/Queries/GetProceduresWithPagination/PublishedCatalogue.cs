using AutoMapper;
using AutoMapper.QueryableExtensions;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Interfaces;
using OneStop.Domain.Procedures;

namespace OneStop.Application.Procedures.Queries.GetProceduresWithPagination;

/// <summary>
/// The published catalogue held in memory for search: a province publishes a few thousand procedures
/// and changes them rarely, while citizens search all day. Each search reads the catalogue revision
/// (one primary-key read) and reloads the snapshot only when it changed, so results are as fresh as
/// the database, also across several API processes. Entries are in search order (name, then id)
/// and indexed by <see cref="CatalogueSearchIndex"/>.
/// </summary>
public sealed class PublishedCatalogue(IConfigurationProvider mapping)
{
    private readonly SemaphoreSlim _reload = new(1, 1);
    private Snapshot? _snapshot;

    private sealed record Snapshot(Guid Revision, CatalogueSearchIndex Index);

    public async Task<CatalogueSearchIndex> GetAsync(IApplicationDbContext db, CancellationToken cancellationToken)
    {
        var revision = await db.GetCatalogueRevisionAsync(cancellationToken);
        if (_snapshot is { } current && current.Revision == revision)
        {
            return current.Index;
        }
        await _reload.WaitAsync(cancellationToken);
        try
        {
            if (_snapshot is not { } loaded || loaded.Revision != revision)
            {
                // The revision is read before the rows: a write committed in between only makes the
                // rows newer than the revision, and the next search reloads again.
                var entries = await db.Procedures.AsNoTracking()
                    .Where(p => p.Status == ProcedureStatus.Published)
                    .Join(db.Fields, p => p.FieldId, f => f.Id, (p, f) => new ProcedureListing { Procedure = p, FieldName = f.Name })
                    .OrderBy(l => l.Procedure.Name)
                    .ThenBy(l => l.Procedure.Id)
                    .ProjectTo<PublishedProcedureEntry>(mapping)
                    .ToListAsync(cancellationToken);
                _snapshot = new Snapshot(revision, new CatalogueSearchIndex(entries));
            }
            return _snapshot.Index;
        }
        finally
        {
            _reload.Release();
        }
    }
}

/// <summary>A published procedure as search sees it: its summary and what the filters match on.</summary>
public sealed record PublishedProcedureEntry
{
    public ProcedureSummaryDto Summary { get; init; } = null!;
    public string SearchText { get; init; } = "";
    public IReadOnlyList<Guid> ImplementingAgencyIds { get; init; } = [];

    private sealed class Mapping : Profile
    {
        public Mapping() =>
            CreateMap<ProcedureListing, PublishedProcedureEntry>()
                .ForMember(d => d.Summary, o => o.MapFrom(s => s))
                .ForMember(d => d.SearchText, o => o.MapFrom(s => s.Procedure.SearchText))
                .ForMember(d => d.ImplementingAgencyIds, o => o.MapFrom(s => s.Procedure.ImplementingAgencyIds));
    }
}
