using OneStop.Domain.Calendar;
using OneStop.Domain.Common;
using OneStop.Domain.Feedbacks.Exceptions;

namespace OneStop.Domain.Feedbacks;

/// <summary>
/// A citizen's feedback or petition (phản ánh, kiến nghị): received, routed to the competent agency, possibly
/// transferred on, answered by a Leader's approval of a Processor's draft, published with personal data hidden,
/// rated by its submitter and reopened at most once (domain.md, "Feedback (PAKN)"). Every verb checks the
/// actor's capacity (403), then <see cref="FeedbackWorkflow"/> (409), and appends to the history.
/// </summary>
public sealed class Feedback : AggregateRoot
{
    private readonly List<FeedbackAttachment> _attachments = [];
    private readonly List<FeedbackHistoryEntry> _history = [];
    private readonly List<FeedbackAnswer> _answers = [];

    public string Code { get; private set; } = null!;
    public FeedbackStatus Status { get; private set; }
    /// <summary>Concurrency token (PostgreSQL xmin).</summary>
    public uint Version { get; private set; }
    public string Title { get; private set; } = null!;
    public string Content { get; private set; } = null!;
    /// <summary>Title and content folded (lower case, no diacritics), so that "dat dai" finds "Đất đai".</summary>
    public string SearchText { get; private set; } = null!;
    public FeedbackCategory Category { get; private set; }
    public FeedbackContact Contact { get; private set; } = null!;
    /// <summary>The submitter's account; null for a guest, who follows up with the key printed on the receipt.</summary>
    public Guid? OwnerId { get; private set; }
    public Guid? RelatedAgencyId { get; private set; }
    public Guid? RelatedProcedureId { get; private set; }
    public string? RelatedDossierCode { get; private set; }

    /// <summary>The agency that must act on it now: the one routing it, then the competent one.</summary>
    public Guid HandlingAgencyId { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }
    public DateTimeOffset AssignDueAt { get; private set; }
    public DateTimeOffset? AssignedAt { get; private set; }
    public bool ConsultsOtherAgencies { get; private set; }
    public DateTimeOffset? AnswerDueAt { get; private set; }
    /// <summary>The deadline of the current stage (routing, then answering); null once answered or closed.</summary>
    public DateTimeOffset? DueAt { get; private set; }

    public string? DraftText { get; private set; }
    public string? DraftedByName { get; private set; }
    public DateTimeOffset? DraftedAt { get; private set; }
    /// <summary>Why the Leader sent the draft back; cleared when the Processor revises it.</summary>
    public string? DraftReturnNote { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }
    public DateTimeOffset? ReopenedAt { get; private set; }
    public string? ClosingReason { get; private set; }
    /// <summary>For a not-in-scope item: where the submitter should turn (the competent body and the law).</summary>
    public string? Redirection { get; private set; }
    public DateTimeOffset LastActivityAt { get; private set; }

    public IReadOnlyCollection<FeedbackAttachment> Attachments => _attachments;
    public IReadOnlyCollection<FeedbackHistoryEntry> History => _history;
    public IReadOnlyCollection<FeedbackAnswer> Answers => _answers;

    /// <summary>The answer in force: the latest one approved.</summary>
    public FeedbackAnswer? Answer => _answers.MaxBy(a => a.Sequence);

    private Feedback() { }

    /// <summary>The files of the answers approved so far, which the public may download once the feedback is published.</summary>
    public IEnumerable<FeedbackAttachment> PublicAnswerAttachments() =>
        Answer is { } answer
            ? _attachments.Where(a => a.Purpose == FeedbackAttachmentPurpose.Answer && a.UploadedAt <= answer.AnsweredAt).OrderBy(a => a.Position)
            : [];

    /// <summary>Every file in the order it was attached.</summary>
    public IEnumerable<FeedbackAttachment> AttachmentsInOrder() => _attachments.OrderBy(a => a.Position);

    private int NextAttachmentPosition() => _attachments.Count == 0 ? 1 : _attachments.Max(a => a.Position) + 1;

    /// <summary>Receives a feedback; the routing deadline starts to run on the working calendar.</summary>
    public static Feedback Submit(string code, string title, string content, FeedbackCategory category, FeedbackContact contact,
        FeedbackActor submitter, Guid receivingAgencyId, FeedbackReferences references, IEnumerable<FileReference> files,
        DateTimeOffset now, IWorkingCalendar calendar, FeedbackDeadlines deadlines)
    {
        if (!submitter.Holds(FeedbackRole.Submitter))
        {
            throw new FeedbackActionForbiddenException(FeedbackAction.Submit);
        }
        var feedback = new Feedback
        {
            Code = code,
            Status = FeedbackStatus.Received,
            Title = title.Trim(),
            Content = content.Trim(),
            Category = category,
            Contact = contact,
            OwnerId = submitter.UserId,
            RelatedAgencyId = references.AgencyId,
            RelatedProcedureId = references.ProcedureId,
            RelatedDossierCode = references.DossierCode,
            HandlingAgencyId = receivingAgencyId,
            ReceivedAt = now,
            AssignDueAt = calendar.DueAt(now, deadlines.AssignWithin),
            LastActivityAt = now,
        };
        feedback.DueAt = feedback.AssignDueAt;
        feedback.SearchText = VietnameseText.Fold($"{feedback.Code} {feedback.Title} {feedback.Content}");
        foreach (var file in files)
        {
            feedback._attachments.Add(new FeedbackAttachment(feedback.Id, feedback.NextAttachmentPosition(), file, FeedbackAttachmentPurpose.Submission, now));
        }
        feedback._history.Add(new FeedbackHistoryEntry(feedback.Id, 1, FeedbackAction.Submit, FeedbackStatus.Received, FeedbackStatus.Received,
            submitter, now, null, null, receivingAgencyId));
        return feedback;
    }

    /// <summary>Classifies it and routes it to the competent agency (possibly the routing agency itself); the answer deadline starts.</summary>
    public void Assign(FeedbackCategory category, Guid competentAgencyId, bool consultsOtherAgencies, string? note, FeedbackActor actor,
        DateTimeOffset now, IWorkingCalendar calendar, FeedbackDeadlines deadlines)
    {
        EnsureCapacity(FeedbackAction.Assign, actor, FeedbackRole.Receptionist | FeedbackRole.Processor | FeedbackRole.Leader);
        EnsureAllowed(FeedbackAction.Assign);
        var from = HandlingAgencyId;
        Category = category;
        AssignedAt = now;
        StartAnswerPeriod(competentAgencyId, consultsOtherAgencies, now, calendar, deadlines);
        Move(FeedbackAction.Assign, actor, now, note, from, competentAgencyId);
    }

    /// <summary>
    /// Sends it to another agency because it lies outside this one's competence; the new agency gets the full answer
    /// period. A draft of this agency is dropped with its files, which are returned for the caller to delete after the save.
    /// </summary>
    public IReadOnlyList<FeedbackAttachment> Transfer(Guid toAgencyId, string reason, bool consultsOtherAgencies, FeedbackActor actor, DateTimeOffset now,
        IWorkingCalendar calendar, FeedbackDeadlines deadlines)
    {
        EnsureCapacity(FeedbackAction.Transfer, actor, FeedbackRole.Processor | FeedbackRole.Leader);
        EnsureAllowed(FeedbackAction.Transfer);
        var why = RequireText(reason, nameof(reason));
        if (toAgencyId == HandlingAgencyId)
        {
            throw FeedbackRuleException.TransferToSelf();
        }
        var from = HandlingAgencyId;
        var dropped = PendingAnswerFiles().ToList();
        _attachments.RemoveAll(dropped.Contains);
        ClearDraft();
        StartAnswerPeriod(toAgencyId, consultsOtherAgencies, now, calendar, deadlines);
        Move(FeedbackAction.Transfer, actor, now, why, from, toAgencyId);
        return dropped;
    }

    /// <summary>Closes a complaint or denunciation, which other laws govern, saying why and where to turn.</summary>
    public void CloseNotInScope(string reason, string redirection, FeedbackActor actor, DateTimeOffset now)
    {
        EnsureCapacity(FeedbackAction.CloseNotInScope, actor, FeedbackRole.Receptionist | FeedbackRole.Processor | FeedbackRole.Leader);
        EnsureAllowed(FeedbackAction.CloseNotInScope);
        var (why, whereToTurn) = (RequireText(reason, nameof(reason)), RequireText(redirection, nameof(redirection)));
        ClosingReason = why;
        Redirection = whereToTurn;
        DueAt = null;
        Move(FeedbackAction.CloseNotInScope, actor, now, $"{ClosingReason} — {Redirection}");
    }

    /// <summary>A Processor writes (or revises) the answer; it waits for a Leader's approval.</summary>
    public void DraftAnswer(string text, FeedbackActor actor, DateTimeOffset now)
    {
        EnsureCapacity(FeedbackAction.DraftAnswer, actor, FeedbackRole.Processor);
        EnsureAllowed(FeedbackAction.DraftAnswer);
        DraftText = RequireText(text, nameof(text));
        DraftedByName = actor.Name;
        DraftedAt = now;
        DraftReturnNote = null;
        Move(FeedbackAction.DraftAnswer, actor, now, null);
    }

    /// <summary>The Leader sends the draft back for revision.</summary>
    public void ReturnDraft(string note, FeedbackActor actor, DateTimeOffset now)
    {
        EnsureCapacity(FeedbackAction.ReturnDraft, actor, FeedbackRole.Leader);
        EnsureAllowed(FeedbackAction.ReturnDraft);
        EnsureDraftPending();
        DraftReturnNote = RequireText(note, nameof(note));
        Move(FeedbackAction.ReturnDraft, actor, now, DraftReturnNote);
    }

    /// <summary>The Leader approves the draft: it becomes the answer, on time or late against the answer deadline.</summary>
    public void ApproveAnswer(FeedbackActor actor, DateTimeOffset now)
    {
        EnsureCapacity(FeedbackAction.ApproveAnswer, actor, FeedbackRole.Leader);
        EnsureAllowed(FeedbackAction.ApproveAnswer);
        EnsureDraftPending();
        _answers.Add(new FeedbackAnswer(Id, _answers.Count + 1, DraftText!, HandlingAgencyId, DraftedByName!, actor, now, now <= AnswerDueAt));
        ClearDraft();
        DueAt = null;
        Move(FeedbackAction.ApproveAnswer, actor, now, null);
    }

    /// <summary>Makes the answered feedback public; public pages hide the submitter's personal data.</summary>
    public void Publish(FeedbackActor actor, DateTimeOffset now)
    {
        EnsureCapacity(FeedbackAction.Publish, actor, FeedbackRole.Leader);
        EnsureAllowed(FeedbackAction.Publish);
        PublishedAt = now;
        Move(FeedbackAction.Publish, actor, now, null);
    }

    /// <summary>An answer file; officers of the handling agency attach it while the answer is prepared.</summary>
    public FeedbackAttachment AttachToAnswer(FileReference file, FeedbackActor actor, DateTimeOffset now)
    {
        EnsureCapacity(FeedbackAction.DraftAnswer, actor, FeedbackRole.Processor | FeedbackRole.Leader);
        EnsureAllowed(FeedbackAction.DraftAnswer);
        var attachment = new FeedbackAttachment(Id, NextAttachmentPosition(), file, FeedbackAttachmentPurpose.Answer, now);
        _attachments.Add(attachment);
        return attachment;
    }

    /// <summary>Takes an answer file out again before the answer is approved; the caller deletes the stored file after the save.</summary>
    public FeedbackAttachment RemoveAnswerAttachment(Guid attachmentId, FeedbackActor actor)
    {
        EnsureCapacity(FeedbackAction.DraftAnswer, actor, FeedbackRole.Processor | FeedbackRole.Leader);
        EnsureAllowed(FeedbackAction.DraftAnswer);
        // Files of an answer already approved stay with it.
        var attachment = PendingAnswerFiles().SingleOrDefault(a => a.Id == attachmentId)
            ?? throw FeedbackRuleException.UnknownAttachment(attachmentId);
        _attachments.Remove(attachment);
        return attachment;
    }

    /// <summary>The submitter rates the answer in force, once.</summary>
    public void Rate(bool satisfied, string? comment, FeedbackActor actor, DateTimeOffset now)
    {
        EnsureCapacity(FeedbackAction.Rate, actor, FeedbackRole.Submitter);
        EnsureAllowed(FeedbackAction.Rate);
        Answer!.Rate(satisfied, comment, now);
        Move(FeedbackAction.Rate, actor, now, satisfied ? "Satisfied" : "Dissatisfied");
    }

    /// <summary>
    /// The submitter reopens the answered feedback, once, within the reopening period: it goes back to the agency
    /// that answered, with a new answer deadline. A published one stays public, shown as not answered until it is again.
    /// </summary>
    public void Reopen(string reason, FeedbackActor actor, DateTimeOffset now, IWorkingCalendar calendar, FeedbackDeadlines deadlines)
    {
        EnsureCapacity(FeedbackAction.Reopen, actor, FeedbackRole.Submitter);
        EnsureAllowed(FeedbackAction.Reopen);
        var why = RequireText(reason, nameof(reason));
        if (ReopenedAt is not null)
        {
            throw FeedbackRuleException.AlreadyReopened();
        }
        if (now > ReopenUntil(deadlines))
        {
            throw FeedbackRuleException.ReopenWindowClosed(deadlines.ReopenDays);
        }
        ReopenedAt = now;
        StartAnswerPeriod(HandlingAgencyId, ConsultsOtherAgencies, now, calendar, deadlines);
        Move(FeedbackAction.Reopen, actor, now, why);
    }

    /// <summary>The actions open to <paramref name="actor"/> at <paramref name="now"/>, for the SPA to offer.</summary>
    public IReadOnlyList<FeedbackAction> ActionsFor(FeedbackActor actor, DateTimeOffset now, FeedbackDeadlines deadlines) =>
        FeedbackWorkflow.From(Status).Where(action => MayAct(action, actor, now, deadlines)).ToList();

    /// <summary>The last instant the submitter may reopen the feedback; null when it cannot be reopened (any more).</summary>
    public DateTimeOffset? ReopenUntil(FeedbackDeadlines deadlines) =>
        ReopenedAt is null && Answer is { } answer ? answer.AnsweredAt.AddDays(deadlines.ReopenDays) : null;

    private bool MayAct(FeedbackAction action, FeedbackActor actor, DateTimeOffset now, FeedbackDeadlines deadlines)
    {
        var officer = actor.AgencyId == HandlingAgencyId;
        return action switch
        {
            FeedbackAction.Assign or FeedbackAction.CloseNotInScope =>
                officer && actor.Holds(FeedbackRole.Receptionist | FeedbackRole.Processor | FeedbackRole.Leader),
            FeedbackAction.Transfer => officer && actor.Holds(FeedbackRole.Processor | FeedbackRole.Leader),
            FeedbackAction.DraftAnswer => officer && actor.Holds(FeedbackRole.Processor),
            FeedbackAction.ReturnDraft or FeedbackAction.ApproveAnswer => officer && actor.Holds(FeedbackRole.Leader) && DraftText is not null && DraftReturnNote is null,
            FeedbackAction.Publish => officer && actor.Holds(FeedbackRole.Leader),
            FeedbackAction.Rate => actor.Holds(FeedbackRole.Submitter) && Answer?.Satisfied is null,
            FeedbackAction.Reopen => actor.Holds(FeedbackRole.Submitter) && now <= ReopenUntil(deadlines),
            _ => false,
        };
    }

    private void StartAnswerPeriod(Guid agencyId, bool consultsOtherAgencies, DateTimeOffset now, IWorkingCalendar calendar, FeedbackDeadlines deadlines)
    {
        HandlingAgencyId = agencyId;
        ConsultsOtherAgencies = consultsOtherAgencies;
        AnswerDueAt = calendar.DueAt(now, deadlines.AnswerWithin(consultsOtherAgencies));
        DueAt = AnswerDueAt;
    }

    /// <summary>Answer files attached since the last approved answer: the ones of the answer being prepared.</summary>
    private IEnumerable<FeedbackAttachment> PendingAnswerFiles()
    {
        var since = Answer?.AnsweredAt ?? DateTimeOffset.MinValue;
        return _attachments.Where(a => a.Purpose == FeedbackAttachmentPurpose.Answer && a.UploadedAt > since);
    }

    private void ClearDraft()
    {
        DraftText = null;
        DraftedByName = null;
        DraftedAt = null;
        DraftReturnNote = null;
    }

    private void EnsureDraftPending()
    {
        if (DraftText is null)
        {
            throw FeedbackRuleException.NoDraft();
        }
        if (DraftReturnNote is not null)
        {
            throw FeedbackRuleException.DraftReturned();
        }
    }

    /// <summary>Officers act only for the agency handling the feedback; the submitter's capacity is established by the caller.</summary>
    private void EnsureCapacity(FeedbackAction action, FeedbackActor actor, FeedbackRole capacities)
    {
        var officerCapacity = capacities & ~FeedbackRole.Submitter;
        var allowed = (capacities.HasFlag(FeedbackRole.Submitter) && actor.Holds(FeedbackRole.Submitter)) ||
                      (officerCapacity != FeedbackRole.None && actor.Holds(officerCapacity) && actor.AgencyId == HandlingAgencyId);
        if (!allowed)
        {
            throw new FeedbackActionForbiddenException(action);
        }
    }

    private FeedbackStatus EnsureAllowed(FeedbackAction action) =>
        FeedbackWorkflow.Target(action, Status) ?? throw new InvalidFeedbackTransitionException(action, Status);

    private void Move(FeedbackAction action, FeedbackActor actor, DateTimeOffset now, string? note, Guid? fromAgencyId = null, Guid? toAgencyId = null)
    {
        var from = Status;
        var to = EnsureAllowed(action);
        _history.Add(new FeedbackHistoryEntry(Id, _history.Count + 1, action, from, to, actor, now, note, fromAgencyId, toAgencyId));
        Status = to;
        LastActivityAt = now;
    }

    private static string RequireText(string value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("A text is required.", name) : value.Trim();
}

/// <summary>What the feedback is about, when the submitter names it: an agency, a procedure or a dossier.</summary>
public sealed record FeedbackReferences(Guid? AgencyId, Guid? ProcedureId, string? DossierCode)
{
    public static readonly FeedbackReferences None = new(null, null, null);
}
