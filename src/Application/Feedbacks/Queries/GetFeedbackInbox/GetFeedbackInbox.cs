using Mediator;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Common.Models;
using OneStop.Application.Dossiers.Common;
using OneStop.Application.Feedbacks.Common;
using OneStop.Domain.Feedbacks;

namespace OneStop.Application.Feedbacks.Queries.GetFeedbackInbox;

/// <summary>The officer's agency feedback inbox: what it must route or answer (or, with a status, any it handles), newest first.</summary>
/// <param name="Status">Only this status; by default the open ones (received, assigned, transferred).</param>
/// <param name="Category">Only this category.</param>
/// <param name="AwaitingApproval">Only those whose drafted answer waits for the Leader.</param>
/// <param name="DueSoon">Only those due within one working day.</param>
/// <param name="Overdue">Only those past their deadline.</param>
/// <param name="Cursor">The <c>nextCursor</c> of the previous page.</param>
/// <param name="PageSize">Rows per page, 1–100.</param>
public sealed record GetFeedbackInboxQuery(
    FeedbackStatus? Status = null,
    FeedbackCategory? Category = null,
    bool AwaitingApproval = false,
    bool DueSoon = false,
    bool Overdue = false,
    string? Cursor = null,
    int PageSize = 20) : IQuery<KeysetPage<FeedbackSummaryDto>>, IKeysetPageRequest;

/// <summary>Counts of the agency's feedback by status, with the open ones due soon, overdue and awaiting approval.</summary>
public sealed record GetFeedbackInboxCountsQuery : IQuery<FeedbackInboxCountsDto>;

public sealed record FeedbackInboxCountsDto(IReadOnlyDictionary<FeedbackStatus, int> ByStatus, int DueSoon, int Overdue, int AwaitingApproval);

public sealed class GetFeedbackInboxQueryHandler(IApplicationDbContext db, FeedbackAccess access, IWorkingCalendarSource calendars, TimeProvider clock)
    : IQueryHandler<GetFeedbackInboxQuery, KeysetPage<FeedbackSummaryDto>>, IQueryHandler<GetFeedbackInboxCountsQuery, FeedbackInboxCountsDto>
{
    private static readonly FeedbackStatus[] Open = [FeedbackStatus.Received, FeedbackStatus.Assigned, FeedbackStatus.Transferred];

    public async ValueTask<KeysetPage<FeedbackSummaryDto>> Handle(GetFeedbackInboxQuery query, CancellationToken cancellationToken)
    {
        var agency = access.OfficerAgencyId;
        var (now, dueSoonBefore) = await DossierLists.DeadlineWindowAsync(calendars, clock, cancellationToken);
        var feedback = db.Feedbacks.Where(f => f.HandlingAgencyId == agency);
        feedback = query.Status is { } status ? feedback.Where(f => f.Status == status) : feedback.Where(f => Open.Contains(f.Status));
        if (query.Category is { } category)
        {
            feedback = feedback.Where(f => f.Category == category);
        }
        if (query.AwaitingApproval)
        {
            feedback = feedback.Where(f => f.DraftText != null && f.DraftReturnNote == null);
        }
        if (query.Overdue)
        {
            feedback = feedback.Where(f => f.DueAt < now);
        }
        if (query.DueSoon)
        {
            feedback = feedback.Where(f => f.DueAt >= now && f.DueAt <= dueSoonBefore);
        }
        return await feedback.PageAsync(query.Cursor, query.PageSize, FeedbackLists.Summary(now, dueSoonBefore), f => f.Id, cancellationToken);
    }

    public async ValueTask<FeedbackInboxCountsDto> Handle(GetFeedbackInboxCountsQuery query, CancellationToken cancellationToken)
    {
        var agency = access.OfficerAgencyId;
        var (now, dueSoonBefore) = await DossierLists.DeadlineWindowAsync(calendars, clock, cancellationToken);
        var mine = db.Feedbacks.Where(f => f.HandlingAgencyId == agency);
        var byStatus = await mine.GroupBy(f => f.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var open = mine.Where(f => Open.Contains(f.Status));
        return new FeedbackInboxCountsDto(byStatus,
            await open.CountAsync(f => f.DueAt >= now && f.DueAt <= dueSoonBefore, cancellationToken),
            await open.CountAsync(f => f.DueAt < now, cancellationToken),
            await open.CountAsync(f => f.DraftText != null && f.DraftReturnNote == null, cancellationToken));
    }
}
