using Mediator;
using OneStop.Application.Common.Interfaces;
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

public sealed class GetProceduresWithPaginationQueryHandler(IApplicationDbContext db, PublishedCatalogue catalogue)
    : IQueryHandler<GetProceduresWithPaginationQuery, PaginatedList<ProcedureSummaryDto>>
{
    public async ValueTask<PaginatedList<ProcedureSummaryDto>> Handle(GetProceduresWithPaginationQuery query, CancellationToken cancellationToken)
    {
        var index = await catalogue.GetAsync(db, cancellationToken);
        var matches = index.Match(VietnameseText.FoldedWords(query.Q ?? "")).Select(position => index.Entries[position]);
        if (query.FieldId is { } fieldId)
        {
            matches = matches.Where(e => e.Summary.FieldId == fieldId);
        }
        if (query.AgencyId is { } agencyId)
        {
            matches = matches.Where(e => e.ImplementingAgencyIds.Contains(agencyId));
        }
        if (query.Level is { } level)
        {
            matches = matches.Where(e => e.Summary.Levels.Contains(level));
        }
        if (query.OnlineLevel is { } onlineLevel)
        {
            matches = matches.Where(e => e.Summary.OnlineLevel == onlineLevel);
        }
        var found = matches.ToList();
        var page = found.Skip((query.PageNumber - 1) * query.PageSize).Take(query.PageSize).Select(e => e.Summary).ToList();
        return new PaginatedList<ProcedureSummaryDto>(page, found.Count, query.PageNumber, query.PageSize);
    }
}
