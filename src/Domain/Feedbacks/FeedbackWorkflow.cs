namespace OneStop.Domain.Feedbacks;

/// <summary>
/// The feedback lifecycle as one table: which action may be taken from which status, and where it leads.
/// Drafting, returning a draft and rating keep the status.
/// </summary>
public static class FeedbackWorkflow
{
    private static readonly FeedbackStatus[] Open = [FeedbackStatus.Assigned, FeedbackStatus.Transferred];
    private static readonly FeedbackStatus[] Answered = [FeedbackStatus.Answered, FeedbackStatus.Published];

    public static readonly IReadOnlyList<(FeedbackAction Action, FeedbackStatus From, FeedbackStatus? To)> Transitions =
    [
        (FeedbackAction.Assign, FeedbackStatus.Received, FeedbackStatus.Assigned),
        .. Open.Select(from => (FeedbackAction.Transfer, from, (FeedbackStatus?)FeedbackStatus.Transferred)),
        .. new[] { FeedbackStatus.Received }.Concat(Open).Select(from => (FeedbackAction.CloseNotInScope, from, (FeedbackStatus?)FeedbackStatus.NotInScope)),
        .. Open.Select(from => (FeedbackAction.DraftAnswer, from, (FeedbackStatus?)null)),
        .. Open.Select(from => (FeedbackAction.ReturnDraft, from, (FeedbackStatus?)null)),
        .. Open.Select(from => (FeedbackAction.ApproveAnswer, from, (FeedbackStatus?)FeedbackStatus.Answered)),
        (FeedbackAction.Publish, FeedbackStatus.Answered, FeedbackStatus.Published),
        .. Answered.Select(from => (FeedbackAction.Rate, from, (FeedbackStatus?)null)),
        .. Answered.Select(from => (FeedbackAction.Reopen, from, (FeedbackStatus?)FeedbackStatus.Assigned)),
    ];

    /// <summary>The status the action leads to from <paramref name="from"/> (the same one for actions that keep it), or null when not allowed.</summary>
    public static FeedbackStatus? Target(FeedbackAction action, FeedbackStatus from) =>
        Transitions.Where(t => t.Action == action && t.From == from).Select(t => t.To ?? from).Cast<FeedbackStatus?>().FirstOrDefault();

    /// <summary>The actions the table allows from a status (the caller's capacity is checked separately).</summary>
    public static IEnumerable<FeedbackAction> From(FeedbackStatus status) =>
        Transitions.Where(t => t.From == status).Select(t => t.Action).Distinct();
}
