using Mediator;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Common.Models;
using OneStop.Application.Dossiers.Common;

namespace OneStop.Application.Dossiers.Queries.GetMyDossiers;

/// <summary>The applicant's own dossiers, drafts included, newest first.</summary>
/// <param name="Cursor">The <c>nextCursor</c> of the previous page.</param>
/// <param name="PageSize">Rows per page, 1–100.</param>
public sealed record GetMyDossiersQuery(string? Cursor = null, int PageSize = 20) : IQuery<KeysetPage<DossierSummaryDto>>, IKeysetPageRequest;

public sealed class GetMyDossiersQueryHandler(IApplicationDbContext db, DossierAccess access, IWorkingCalendarSource calendars, TimeProvider clock)
    : IQueryHandler<GetMyDossiersQuery, KeysetPage<DossierSummaryDto>>
{
    public async ValueTask<KeysetPage<DossierSummaryDto>> Handle(GetMyDossiersQuery query, CancellationToken cancellationToken)
    {
        var filter = new DossierListFilter { OwnerId = access.UserId };
        var window = await DossierLists.DeadlineWindowAsync(calendars, clock, cancellationToken);
        return await db.PageAsync(filter, query.Cursor, query.PageSize, window, cancellationToken);
    }
}
