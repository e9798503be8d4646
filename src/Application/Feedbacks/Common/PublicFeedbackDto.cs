using OneStop.Domain.Feedbacks;

namespace OneStop.Application.Feedbacks.Common;

/// <summary>A published feedback as anyone may read it: the submitter's name reduced to initials, personal data blanked out of the texts.</summary>
public sealed record PublicFeedbackDto(
    string Code,
    string Title,
    string Content,
    FeedbackCategory Category,
    string SubmitterName,
    DateTimeOffset ReceivedAt,
    DateTimeOffset PublishedAt,
    string AgencyName,
    bool Answered,
    string? Answer,
    DateTimeOffset? AnsweredAt,
    IReadOnlyList<PublicFeedbackAttachmentDto> AnswerAttachments);

public sealed record PublicFeedbackAttachmentDto(Guid Id, string FileName, string ContentType, long Length);

/// <summary>A published feedback as a line of the public list.</summary>
public sealed record PublicFeedbackSummaryDto(
    Guid Id,
    string Code,
    string Title,
    FeedbackCategory Category,
    string SubmitterName,
    DateTimeOffset ReceivedAt,
    DateTimeOffset PublishedAt,
    string AgencyName,
    bool Answered)
{
    /// <summary>Masks what the row was read with.</summary>
    public PublicFeedbackSummaryDto Masked() => this with { Title = PersonalDataMask.Text(Title), SubmitterName = PersonalDataMask.Name(SubmitterName) };
}

/// <summary>What the public sees: published items. One reopened after publication stays listed, shown as not answered until it is again.</summary>
public static class PublicFeedback
{
    public static IQueryable<Feedback> Published(this IQueryable<Feedback> feedback) => feedback.Where(f => f.PublishedAt != null);

    public static bool IsAnswered(FeedbackStatus status) => status is FeedbackStatus.Answered or FeedbackStatus.Published;
}
