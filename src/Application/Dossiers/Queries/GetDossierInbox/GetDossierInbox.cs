using Mediator;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Common.Models;
using OneStop.Application.Dossiers.Common;
using OneStop.Domain.Dossiers;

namespace OneStop.Application.Dossiers.Queries.GetDossierInbox;

/// <summary>The officer's agency inbox: dossiers it holds (or, with <see cref="Transfers"/>, sub-dossiers sent to it), newest first.</summary>
/// <param name="Status">Only this status.</param>
/// <param name="ProcedureId">Only dossiers of this procedure version.</param>
/// <param name="AssignedToMe">Only dossiers assigned to the caller.</param>
/// <param name="DueSoon">Only dossiers due within one working day.</param>
/// <param name="Overdue">Only dossiers past their due instant.</param>
/// <param name="Transfers">Sub-dossiers other agencies sent to this one, still open.</param>
/// <param name="Cursor">The <c>nextCursor</c> of the previous page.</param>
/// <param name="PageSize">Rows per page, 1–100.</param>
public sealed record GetDossierInboxQuery(
    DossierStatus? Status = null,
    Guid? ProcedureId = null,
    bool AssignedToMe = false,
    bool DueSoon = false,
    bool Overdue = false,
    bool Transfers = false,
    string? Cursor = null,
    int PageSize = 20) : IQuery<KeysetPage<DossierSummaryDto>>, IKeysetPageRequest;

public sealed class GetDossierInboxQueryHandler(IApplicationDbContext db, DossierAccess access, IWorkingCalendarSource calendars, TimeProvider clock)
    : IQueryHandler<GetDossierInboxQuery, KeysetPage<DossierSummaryDto>>
{
    public async ValueTask<KeysetPage<DossierSummaryDto>> Handle(GetDossierInboxQuery query, CancellationToken cancellationToken)
    {
        var agency = access.OfficerAgencyId;
        var window = await DossierLists.DeadlineWindowAsync(calendars, clock, cancellationToken);
        var (now, dueSoonBefore) = window;
        var filter = new DossierListFilter
        {
            HeldBy = query.Transfers ? null : agency,
            TransfersTo = query.Transfers ? agency : null,
            Status = query.Status,
            ProcedureId = query.ProcedureId,
            AssigneeId = query.AssignedToMe ? access.UserId : null,
            DueBefore = query.Overdue ? now : null,
            DueFrom = query.DueSoon ? now : null,
            DueUntil = query.DueSoon ? dueSoonBefore : null,
        };
        return await db.PageAsync(filter, query.Cursor, query.PageSize, window, cancellationToken);
    }
}
