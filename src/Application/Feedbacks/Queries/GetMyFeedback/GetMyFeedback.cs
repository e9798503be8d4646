using Mediator;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Common.Models;
using OneStop.Application.Dossiers.Common;
using OneStop.Application.Feedbacks.Common;

namespace OneStop.Application.Feedbacks.Queries.GetMyFeedback;

/// <summary>The feedback the signed-in person sent, newest first.</summary>
public sealed record GetMyFeedbackQuery(string? Cursor = null, int PageSize = 20) : IQuery<KeysetPage<FeedbackSummaryDto>>, IKeysetPageRequest;

public sealed class GetMyFeedbackQueryHandler(IApplicationDbContext db, IUser user, IWorkingCalendarSource calendars, TimeProvider clock)
    : IQueryHandler<GetMyFeedbackQuery, KeysetPage<FeedbackSummaryDto>>
{
    public async ValueTask<KeysetPage<FeedbackSummaryDto>> Handle(GetMyFeedbackQuery query, CancellationToken cancellationToken)
    {
        var me = user.Id ?? throw new UnauthorizedAccessException();
        var (now, dueSoonBefore) = await DossierLists.DeadlineWindowAsync(calendars, clock, cancellationToken);
        return await db.Feedbacks.Where(f => f.OwnerId == me)
            .PageAsync(query.Cursor, query.PageSize, FeedbackLists.Summary(now, dueSoonBefore), f => f.Id, cancellationToken);
    }
}
