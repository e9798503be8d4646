using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Models;
using OneStop.Domain.Feedbacks;

namespace OneStop.Application.Feedbacks.Common;

/// <summary>A feedback as a line of an inbox or of the submitter's list.</summary>
public sealed record FeedbackSummaryDto(
    Guid Id,
    string Code,
    string Title,
    FeedbackCategory Category,
    FeedbackStatus Status,
    string SubmitterName,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? DueAt,
    bool IsOverdue,
    bool IsDueSoon,
    bool AwaitingApproval);

/// <summary>The list queries' shared parts: the projection with the deadline flags computed in SQL, and the keyset on the time-ordered id.</summary>
public static class FeedbackLists
{
    public static Expression<Func<Feedback, FeedbackSummaryDto>> Summary(DateTimeOffset now, DateTimeOffset dueSoonBefore) => f =>
        new FeedbackSummaryDto(f.Id, f.Code, f.Title, f.Category, f.Status, f.Contact.FullName, f.ReceivedAt, f.DueAt,
            f.DueAt != null && f.DueAt < now, f.DueAt != null && f.DueAt >= now && f.DueAt <= dueSoonBefore,
            f.DraftText != null && f.DraftReturnNote == null);

    /// <summary>Ids are version-7 GUIDs, so ordering by id is ordering by reception, newest first.</summary>
    public static IQueryable<Feedback> After(this IQueryable<Feedback> feedback, string? cursor) =>
        Guid.TryParse(cursor, out var last) ? feedback.Where(f => f.Id.CompareTo(last) < 0) : feedback;

    public static async Task<KeysetPage<T>> PageAsync<T>(this IQueryable<Feedback> feedback, string? cursor, int pageSize,
        Expression<Func<Feedback, T>> projection, Func<T, Guid> idOf, CancellationToken cancellationToken)
    {
        var rows = await feedback.After(cursor).OrderByDescending(f => f.Id).Take(pageSize + 1).Select(projection).ToListAsync(cancellationToken);
        return new KeysetPage<T>(rows.Take(pageSize).ToList(), rows.Count > pageSize ? idOf(rows[pageSize - 1]).ToString() : null);
    }
}
