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
/// <param name="Q">Words to look for, e.g. "giay phep xay dung".</param>
/// <param name="FieldId">Only procedures of this field.</param>
/// <param name="AgencyId">Only procedures this agency performs.</param>
/// <param name="Level">Only procedures performed at this agency level.</param>
/// <param name="OnlineLevel">Only procedures offered online at this level.</param>
/// <param name="PageNumber">From 1.</param>
/// <param name="PageSize">From 1 to 100.</param>
public sealed record GetProceduresWithPaginationQuery(
    string? Q = null,
    Guid? FieldId = null,
    Guid? AgencyId = null,
    AgencyLevel? Level = null,
    OnlineServiceLevel? OnlineLevel = null,
    int PageNumber = 1,
    int PageSize = 20) : IQuery<PaginatedList<ProcedureSummaryDto>>, IPageRequest;

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
        // Counting needs no join: every procedure has its field (foreign key).
        var total = await procedures.CountAsync(cancellationToken);
        var items = await procedures
            .Join(db.Fields, p => p.FieldId, f => f.Id, (p, f) => new ProcedureListing { Procedure = p, FieldName = f.Name })
            .OrderBy(l => l.Procedure.Name)
            .ThenBy(l => l.Procedure.Id)
            .Skip((query.PageNumber - 1) * query.PageSize)
            .Take(query.PageSize)
            .ProjectToListAsync<ProcedureSummaryDto>(mapper.ConfigurationProvider, cancellationToken);
        return new PaginatedList<ProcedureSummaryDto>(items, total, query.PageNumber, query.PageSize);
    }
}
