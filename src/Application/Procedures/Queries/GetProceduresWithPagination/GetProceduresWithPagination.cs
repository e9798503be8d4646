using AutoMapper;
using Mediator;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Common.Mappings;
using OneStop.Application.Common.Models;
using OneStop.Domain.Agencies;
using OneStop.Domain.Common;
using OneStop.Domain.Procedures;

namespace OneStop.Application.Procedures.Queries.GetProceduresWithPagination;

/// <summary>
/// Searches the public catalogue. Every word of <see cref="Q"/> must occur in the code or name,
/// ignoring case and Vietnamese diacritics; results are ordered by name, then id, so pages are stable.
/// </summary>
public sealed record GetProceduresWithPaginationQuery : IQuery<PaginatedList<ProcedureSummaryDto>>, IPageRequest
{
    public string? Q { get; init; }
    public Guid? FieldId { get; init; }
    public Guid? AgencyId { get; init; }
    public AgencyLevel? Level { get; init; }
    public OnlineServiceLevel? OnlineLevel { get; init; }
    public int PageNumber { get; init; } = 1;
    public int PageSize { get; init; } = 20;
}

public sealed class GetProceduresWithPaginationQueryHandler(IApplicationDbContext db, IMapper mapper)
    : IQueryHandler<GetProceduresWithPaginationQuery, PaginatedList<ProcedureSummaryDto>>
{
    public async ValueTask<PaginatedList<ProcedureSummaryDto>> Handle(GetProceduresWithPaginationQuery query, CancellationToken cancellationToken)
    {
        var procedures = db.Procedures.AsNoTracking().Where(p => p.Status == ProcedureStatus.Published);
        foreach (var word in VietnameseText.FoldedWords(query.Q ?? ""))
        {
            // Folded words hold only letters, digits and dots, so they need no LIKE escaping.
            var pattern = $"%{word}%";
            procedures = procedures.Where(p => EF.Functions.Like(p.SearchText, pattern));
        }
        if (query.FieldId is { } fieldId)
        {
            procedures = procedures.Where(p => p.FieldId == fieldId);
        }
        if (query.AgencyId is { } agencyId)
        {
            procedures = procedures.Where(p => p.ImplementingAgencyIds.Contains(agencyId));
        }
        if (query.Level is { } level)
        {
            procedures = procedures.Where(p => p.Levels.Contains(level));
        }
        if (query.OnlineLevel is { } onlineLevel)
        {
            procedures = procedures.Where(p => p.OnlineLevel == onlineLevel);
        }
        var listings = procedures
            .Join(db.Fields, p => p.FieldId, f => f.Id, (p, f) => new ProcedureListing { Procedure = p, FieldName = f.Name })
            .OrderBy(l => l.Procedure.Name)
            .ThenBy(l => l.Procedure.Id);
        return await listings.ProjectToPageAsync<ProcedureListing, ProcedureSummaryDto>(mapper.ConfigurationProvider, query, cancellationToken);
    }
}
