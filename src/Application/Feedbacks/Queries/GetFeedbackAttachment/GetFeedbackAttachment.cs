using Mediator;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Exceptions;
using OneStop.Application.Common.Files;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Feedbacks.Common;
using OneStop.Domain.Feedbacks;

namespace OneStop.Application.Feedbacks.Queries.GetFeedbackAttachment;

/// <summary>A file of a feedback the caller may see (as its submitter, with the follow-up key, or as an officer).</summary>
public sealed record GetFeedbackAttachmentQuery(Guid FeedbackId, Guid AttachmentId, string? Key) : IQuery<DocumentContent>;

/// <summary>An answer file of a published feedback, for anyone.</summary>
public sealed record GetPublishedFeedbackAttachmentQuery(string Code, Guid AttachmentId) : IQuery<DocumentContent>;

public sealed class GetFeedbackAttachmentQueryHandler(IApplicationDbContext db, FeedbackAccess access, IFileStorage files)
    : IQueryHandler<GetFeedbackAttachmentQuery, DocumentContent>, IQueryHandler<GetPublishedFeedbackAttachmentQuery, DocumentContent>
{
    public async ValueTask<DocumentContent> Handle(GetFeedbackAttachmentQuery query, CancellationToken cancellationToken)
    {
        var feedback = await access.LoadAsync(query.FeedbackId, query.Key, cancellationToken);
        return await OpenAsync(feedback.Attachments.SingleOrDefault(a => a.Id == query.AttachmentId), query.AttachmentId, cancellationToken);
    }

    public async ValueTask<DocumentContent> Handle(GetPublishedFeedbackAttachmentQuery query, CancellationToken cancellationToken)
    {
        var code = query.Code.Trim().ToUpperInvariant();
        var feedback = await db.Feedbacks.Published().Include(f => f.Answers).Include(f => f.Attachments).AsSplitQuery().AsNoTracking()
            .SingleOrDefaultAsync(f => f.Code == code, cancellationToken);
        return await OpenAsync(feedback?.PublicAnswerAttachments().SingleOrDefault(a => a.Id == query.AttachmentId), query.AttachmentId, cancellationToken);
    }

    private async Task<DocumentContent> OpenAsync(FeedbackAttachment? attachment, Guid id, CancellationToken cancellationToken)
    {
        var content = attachment is null ? null : await files.OpenReadAsync(attachment.StorageKey, cancellationToken);
        return content is null
            ? throw new NotFoundException(nameof(FeedbackAttachment), id)
            : new DocumentContent(content, attachment!.ContentType, attachment.FileName);
    }
}
