using OneStop.Domain.Common;

namespace OneStop.Domain.Feedbacks;

public enum FeedbackAttachmentPurpose
{
    /// <summary>Sent with the feedback by its submitter.</summary>
    Submission = 1,
    /// <summary>Part of the agency's answer; public once the feedback is published.</summary>
    Answer = 2,
}

/// <summary>A stored file of the feedback. The bytes live in file storage under <see cref="StorageKey"/>.</summary>
public sealed class FeedbackAttachment : Entity
{
    public Guid FeedbackId { get; private set; }
    public FeedbackAttachmentPurpose Purpose { get; private set; }
    public string FileName { get; private set; } = null!;
    public string ContentType { get; private set; } = null!;
    public long Length { get; private set; }
    public string Sha256 { get; private set; } = null!;
    public string StorageKey { get; private set; } = null!;
    public DateTimeOffset UploadedAt { get; private set; }
    /// <summary>Order of attachment within the feedback: the files of one request share their instant, not their order.</summary>
    public int Position { get; private set; }

    private FeedbackAttachment() { }

    internal FeedbackAttachment(Guid feedbackId, int position, FileReference file, FeedbackAttachmentPurpose purpose, DateTimeOffset at)
    {
        FeedbackId = feedbackId;
        Position = position;
        Purpose = purpose;
        (FileName, ContentType, Length, Sha256, StorageKey) = (file.FileName, file.ContentType, file.Length, file.Sha256, file.StorageKey);
        UploadedAt = at;
    }
}

/// <summary>One line of the feedback's append-only history; transfers keep every hop (from and to agency, with the reason).</summary>
public sealed class FeedbackHistoryEntry : Entity
{
    public Guid FeedbackId { get; private set; }
    public int Sequence { get; private set; }
    public FeedbackAction Action { get; private set; }
    public FeedbackStatus FromStatus { get; private set; }
    public FeedbackStatus ToStatus { get; private set; }
    public Guid? ActorId { get; private set; }
    public string ActorName { get; private set; } = null!;
    public DateTimeOffset At { get; private set; }
    public string? Note { get; private set; }
    public Guid? FromAgencyId { get; private set; }
    public Guid? ToAgencyId { get; private set; }

    private FeedbackHistoryEntry() { }

    internal FeedbackHistoryEntry(Guid feedbackId, int sequence, FeedbackAction action, FeedbackStatus from, FeedbackStatus to,
        FeedbackActor actor, DateTimeOffset at, string? note, Guid? fromAgencyId, Guid? toAgencyId)
    {
        FeedbackId = feedbackId;
        Sequence = sequence;
        Action = action;
        FromStatus = from;
        ToStatus = to;
        ActorId = actor.UserId;
        ActorName = actor.Name;
        At = at;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        FromAgencyId = fromAgencyId;
        ToAgencyId = toAgencyId;
    }
}

/// <summary>
/// An approved answer and the submitter's rating of it. A reopened feedback gets a second answer; the first
/// one and its rating stay, so nothing the submitter said is lost.
/// </summary>
public sealed class FeedbackAnswer : Entity
{
    public Guid FeedbackId { get; private set; }
    public int Sequence { get; private set; }
    public string Text { get; private set; } = null!;
    public Guid AgencyId { get; private set; }
    public string DraftedByName { get; private set; } = null!;
    public Guid? ApprovedById { get; private set; }
    public string ApprovedByName { get; private set; } = null!;
    public DateTimeOffset AnsweredAt { get; private set; }
    /// <summary>Approved at or before the answer's due instant.</summary>
    public bool OnTime { get; private set; }
    public bool? Satisfied { get; private set; }
    public string? RatingComment { get; private set; }
    public DateTimeOffset? RatedAt { get; private set; }

    private FeedbackAnswer() { }

    internal FeedbackAnswer(Guid feedbackId, int sequence, string text, Guid agencyId, string draftedByName, FeedbackActor approver,
        DateTimeOffset at, bool onTime)
    {
        FeedbackId = feedbackId;
        Sequence = sequence;
        Text = text;
        AgencyId = agencyId;
        DraftedByName = draftedByName;
        ApprovedById = approver.UserId;
        ApprovedByName = approver.Name;
        AnsweredAt = at;
        OnTime = onTime;
    }

    internal void Rate(bool satisfied, string? comment, DateTimeOffset at)
    {
        if (Satisfied is not null)
        {
            throw Exceptions.FeedbackRuleException.AlreadyRated();
        }
        Satisfied = satisfied;
        RatingComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        RatedAt = at;
    }
}
