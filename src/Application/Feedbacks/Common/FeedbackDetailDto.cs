using OneStop.Application.Agencies.Queries.GetAgencies;
using OneStop.Domain.Calendar;
using OneStop.Domain.Feedbacks;

namespace OneStop.Application.Feedbacks.Common;

/// <summary>A feedback as its submitter and the officers handling it see it, with the actions open to the caller.</summary>
public sealed record FeedbackDetailDto(
    Guid Id,
    string Code,
    FeedbackStatus Status,
    uint Version,
    string Title,
    string Content,
    FeedbackCategory Category,
    FeedbackContactDto Contact,
    AgencyRefDto? RelatedAgency,
    Guid? RelatedProcedureId,
    string? RelatedDossierCode,
    AgencyRefDto HandlingAgency,
    DateTimeOffset ReceivedAt,
    DateTimeOffset AssignDueAt,
    DateTimeOffset? AssignedAt,
    DateTimeOffset? AnswerDueAt,
    DateTimeOffset? DueAt,
    bool IsOverdue,
    bool IsDueSoon,
    bool ConsultsOtherAgencies,
    FeedbackDraftDto? Draft,
    IReadOnlyList<FeedbackAnswerDto> Answers,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? ReopenedAt,
    DateTimeOffset? ReopenUntil,
    string? ClosingReason,
    string? Redirection,
    IReadOnlyList<FeedbackAttachmentDto> Attachments,
    IReadOnlyList<FeedbackHistoryDto> History,
    IReadOnlyList<FeedbackAction> AvailableActions)
{
    public static FeedbackDetailDto From(Feedback f, FeedbackActor actor, IReadOnlyDictionary<Guid, AgencyRefDto> agencies,
        IWorkingCalendar calendar, FeedbackDeadlines deadlines, DateTimeOffset now)
    {
        var officer = actor.Roles != FeedbackRole.Submitter;
        return new FeedbackDetailDto(f.Id, f.Code, f.Status, f.Version, f.Title, f.Content, f.Category,
            new FeedbackContactDto(f.Contact.FullName, f.Contact.PhoneNumber, f.Contact.Email, f.Contact.CitizenId),
            f.RelatedAgencyId is { } related ? agencies.GetValueOrDefault(related) : null, f.RelatedProcedureId, f.RelatedDossierCode,
            agencies[f.HandlingAgencyId], f.ReceivedAt, f.AssignDueAt, f.AssignedAt, f.AnswerDueAt, f.DueAt,
            f.DueAt is { } due && DeadlineState.IsOverdue(now, due), f.DueAt is { } soon && calendar.IsDueSoon(now, soon), f.ConsultsOtherAgencies,
            // The submitter sees the answer once a Leader approved it, not the officers' draft.
            officer && f.DraftText is not null ? new FeedbackDraftDto(f.DraftText, f.DraftedByName!, f.DraftedAt!.Value, f.DraftReturnNote) : null,
            f.Answers.OrderBy(a => a.Sequence).Select(a => new FeedbackAnswerDto(a.Sequence, a.Text, agencies.GetValueOrDefault(a.AgencyId)?.Name ?? "",
                a.ApprovedByName, a.AnsweredAt, a.OnTime, a.Satisfied, a.RatingComment, a.RatedAt)).ToList(),
            f.PublishedAt, f.ReopenedAt,
            f.ReopenUntil(deadlines),
            f.ClosingReason, f.Redirection,
            f.AttachmentsInOrder().Select(FeedbackAttachmentDto.From).ToList(),
            f.History.OrderBy(h => h.Sequence).Select(h => new FeedbackHistoryDto(h.Sequence, h.Action, h.FromStatus, h.ToStatus, h.ActorName, h.At, h.Note,
                h.FromAgencyId is { } from ? agencies.GetValueOrDefault(from)?.Name : null,
                h.ToAgencyId is { } to ? agencies.GetValueOrDefault(to)?.Name : null)).ToList(),
            f.ActionsFor(actor, now, deadlines));
    }
}

public sealed record FeedbackContactDto(string FullName, string? PhoneNumber, string? Email, string? CitizenId);

/// <summary>The answer a Processor drafted, waiting for the Leader; <see cref="ReturnNote"/> when it was sent back.</summary>
public sealed record FeedbackDraftDto(string Text, string DraftedBy, DateTimeOffset DraftedAt, string? ReturnNote);

public sealed record FeedbackAnswerDto(int Sequence, string Text, string AgencyName, string ApprovedBy, DateTimeOffset AnsweredAt, bool OnTime,
    bool? Satisfied, string? RatingComment, DateTimeOffset? RatedAt);

public sealed record FeedbackAttachmentDto(Guid Id, FeedbackAttachmentPurpose Purpose, string FileName, string ContentType, long Length, DateTimeOffset UploadedAt)
{
    public static FeedbackAttachmentDto From(FeedbackAttachment a) => new(a.Id, a.Purpose, a.FileName, a.ContentType, a.Length, a.UploadedAt);
}

/// <summary>One line of the history; transfers name the agency it left and the one it went to.</summary>
public sealed record FeedbackHistoryDto(int Sequence, FeedbackAction Action, FeedbackStatus FromStatus, FeedbackStatus ToStatus, string ActorName,
    DateTimeOffset At, string? Note, string? FromAgency, string? ToAgency);

/// <summary>What the submitter keeps: the code, the deadlines, and the key to follow it up without an account.</summary>
public sealed record FeedbackReceiptDto(Guid Id, string Code, DateTimeOffset ReceivedAt, DateTimeOffset AssignDueAt, string HandlingAgency, string FollowUpKey);
