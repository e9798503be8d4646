namespace OneStop.Domain.Feedbacks;

/// <summary>Where a feedback (PAKN) stands (domain.md, "Feedback (PAKN)").</summary>
public enum FeedbackStatus
{
    /// <summary>Sent by the submitter, waiting to be classified and routed (tiếp nhận).</summary>
    Received = 1,
    /// <summary>Classified and routed to the competent agency (phân loại, chuyển xử lý).</summary>
    Assigned = 2,
    /// <summary>Sent on to another agency because it lies outside the first one's competence (chuyển cơ quan khác).</summary>
    Transferred = 3,
    /// <summary>A Leader approved the answer (đã trả lời).</summary>
    Answered = 4,
    /// <summary>Public with its answer, personal data hidden (đã công khai).</summary>
    Published = 5,
    /// <summary>A complaint or a denunciation, closed with the reason and where to go (không thuộc phạm vi).</summary>
    NotInScope = 6,
}

/// <summary>What the feedback is about: the two kinds of PAKN.</summary>
public enum FeedbackCategory
{
    /// <summary>About regulations and administrative procedures (quy định hành chính, TTHC).</summary>
    RegulationsAndProcedures = 1,
    /// <summary>About the conduct of officers (hành vi của cán bộ, công chức).</summary>
    OfficerConduct = 2,
}

/// <summary>The verbs of the feedback lifecycle, as written into its history.</summary>
public enum FeedbackAction
{
    Submit = 1,
    Assign = 2,
    Transfer = 3,
    DraftAnswer = 4,
    ReturnDraft = 5,
    ApproveAnswer = 6,
    Publish = 7,
    CloseNotInScope = 8,
    Rate = 9,
    Reopen = 10,
}

/// <summary>The capacities in which someone acts on a feedback.</summary>
[Flags]
public enum FeedbackRole
{
    None = 0,
    /// <summary>The person who sent it: through their account, or as a guest holding the follow-up key of the receipt.</summary>
    Submitter = 1,
    Receptionist = 2,
    Processor = 4,
    Leader = 8,
}

/// <summary>Who performs an action on a feedback. Guests have no account: <see cref="UserId"/> is null.</summary>
public sealed record FeedbackActor(Guid? UserId, string Name, Guid? AgencyId, FeedbackRole Roles)
{
    public bool Holds(FeedbackRole role) => (Roles & role) != 0;
}
