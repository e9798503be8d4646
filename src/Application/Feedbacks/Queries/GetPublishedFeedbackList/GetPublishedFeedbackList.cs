using Mediator;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Common.Models;
using OneStop.Application.Feedbacks.Common;
using OneStop.Domain.Common;
using OneStop.Domain.Feedbacks;

namespace OneStop.Application.Feedbacks.Queries.GetPublishedFeedbackList;

/// <summary>The public list of published feedback, newest first, personal data hidden.</summary>
/// <param name="Search">Words in the title or the content.</param>
/// <param name="Answered">true: only those answered; false: only those reopened and waiting for a new answer.</param>
/// <param name="Category">Only this category.</param>
/// <param name="Cursor">The <c>nextCursor</c> of the previous page.</param>
/// <param name="PageSize">Rows per page, 1–100.</param>
public sealed record GetPublishedFeedbackListQuery(
    string? Search = null,
    bool? Answered = null,
    FeedbackCategory? Category = null,
    string? Cursor = null,
    int PageSize = 20) : IQuery<KeysetPage<PublicFeedbackSummaryDto>>, IKeysetPageRequest;

public sealed class GetPublishedFeedbackListQueryHandler(IApplicationDbContext db)
    : IQueryHandler<GetPublishedFeedbackListQuery, KeysetPage<PublicFeedbackSummaryDto>>
{
    public async ValueTask<KeysetPage<PublicFeedbackSummaryDto>> Handle(GetPublishedFeedbackListQuery query, CancellationToken cancellationToken)
    {
        var feedback = db.Feedbacks.Published();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            foreach (var word in VietnameseText.FoldedWords(query.Search))
            {
                feedback = feedback.Where(f => f.SearchText.Contains(word));
            }
        }
        if (query.Answered is { } answered)
        {
            feedback = answered
                ? feedback.Where(f => f.Status == FeedbackStatus.Answered || f.Status == FeedbackStatus.Published)
                : feedback.Where(f => f.Status != FeedbackStatus.Answered && f.Status != FeedbackStatus.Published);
        }
        if (query.Category is { } category)
        {
            feedback = feedback.Where(f => f.Category == category);
        }
        var page = await feedback.PageAsync(query.Cursor, query.PageSize, f => new PublicFeedbackSummaryDto(f.Id, f.Code, f.Title, f.Category, f.Contact.FullName,
            f.ReceivedAt, f.PublishedAt!.Value, db.Agencies.Where(a => a.Id == f.HandlingAgencyId).Select(a => a.Name).Single(),
            f.Status == FeedbackStatus.Answered || f.Status == FeedbackStatus.Published), f => f.Id, cancellationToken);
        return page with { Items = page.Items.Select(item => item.Masked()).ToList() };
    }
}
