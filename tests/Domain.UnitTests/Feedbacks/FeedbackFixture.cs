using OneStop.Domain.Calendar;
using OneStop.Domain.Feedbacks;
using OneStop.Domain.UnitTests.Dossiers;

namespace OneStop.Domain.UnitTests.Feedbacks;

/// <summary>Where a drafted answer stands when a feedback is built in Assigned or Transferred.</summary>
public enum DraftState
{
    None,
    /// <summary>A Processor drafted it; it waits for the Leader.</summary>
    Pending,
    /// <summary>The Leader sent it back; it waits for the Processor's revision.</summary>
    Returned,
}

/// <summary>
/// Feedback in any status, walked there through the verbs. The agencies, the Monday, the calendar without holidays
/// and the file come from <see cref="DossierFixture"/>: the province's service centre receives and routes, the commune
/// is competent first (agency A) and the other commune after a transfer (agency B).
/// </summary>
public static class FeedbackFixture
{
    /// <summary>Monday 2 March 2026, 09:00 in Vietnam.</summary>
    public static DateTimeOffset Monday => DossierFixture.Monday;

    /// <summary>Monday 14:00, after every step of <see cref="In"/> and before the cut-off.</summary>
    public static DateTimeOffset Later => Monday.AddHours(5);

    public static IWorkingCalendar WorkCalendar => DossierFixture.WorkCalendar;

    public static FeedbackDeadlines Deadlines => FeedbackDeadlines.Default;

    public static Guid ReceivingAgency => DossierFixture.Province.Id;
    public static Guid AgencyA => DossierFixture.Commune.Id;
    public static Guid AgencyB => DossierFixture.OtherCommune.Id;

    public const FeedbackRole OfficerRoles = FeedbackRole.Receptionist | FeedbackRole.Processor | FeedbackRole.Leader;

    /// <summary>The signed-in citizen who sent the feedback.</summary>
    public static readonly FeedbackActor Citizen = new(DossierFixture.Citizen.UserId, DossierFixture.Citizen.Name, null, FeedbackRole.Submitter);

    /// <summary>A guest holding the follow-up key of the receipt.</summary>
    public static readonly FeedbackActor Guest = new(null, "Khách", null, FeedbackRole.Submitter);

    public static FeedbackActor Receptionist(Guid agencyId) => new(Guid.NewGuid(), "Trần Thị Bích", agencyId, FeedbackRole.Receptionist);

    public static FeedbackActor Processor(Guid agencyId) => new(Guid.NewGuid(), "Lê Minh Châu", agencyId, FeedbackRole.Processor);

    public static FeedbackActor Leader(Guid agencyId) => new(Guid.NewGuid(), "Phạm Quốc Dũng", agencyId, FeedbackRole.Leader);

    /// <summary>Every officer capacity at <paramref name="agencyId"/>, without being the submitter.</summary>
    public static FeedbackActor AllOfficers(Guid agencyId) => new(Guid.NewGuid(), "Võ Thị Em", agencyId, OfficerRoles);

    /// <summary>The submitter holding every officer capacity at <paramref name="agencyId"/> too: only the status decides.</summary>
    public static FeedbackActor Everyone(Guid agencyId) => new(Citizen.UserId, "Tất cả", agencyId, FeedbackRole.Submitter | OfficerRoles);

    public static FeedbackContact Contact() => new("Nguyễn Văn An", "0912345678", null, null);

    public static Feedback Submit(DateTimeOffset? at = null, IWorkingCalendar? calendar = null, FeedbackDeadlines? deadlines = null,
        FeedbackActor? submitter = null) =>
        Feedback.Submit("PAKN-260302-0001", "Hồ sơ chứng thực bị trễ hạn", "Hồ sơ của tôi đã quá hẹn ba ngày mà chưa có kết quả.",
            FeedbackCategory.RegulationsAndProcedures, Contact(), submitter ?? Citizen, ReceivingAgency, FeedbackReferences.None,
            [DossierFixture.File()], at ?? Monday, calendar ?? WorkCalendar, deadlines ?? Deadlines);

    /// <summary>
    /// A feedback walked to <paramref name="status"/>: routed to A an hour after reception, transferred to B, answered by A and
    /// published. <paramref name="draft"/> applies to Assigned and Transferred.
    /// </summary>
    public static Feedback In(FeedbackStatus status, DraftState draft = DraftState.None)
    {
        var feedback = Submit();
        switch (status)
        {
            case FeedbackStatus.Received:
                return feedback;
            case FeedbackStatus.NotInScope:
                feedback.CloseNotInScope("Nội dung là khiếu nại", "Gửi đơn khiếu nại đến Chủ tịch UBND phường theo Luật Khiếu nại",
                    Receptionist(ReceivingAgency), Monday.AddMinutes(30));
                return feedback;
        }
        feedback.Assign(FeedbackCategory.RegulationsAndProcedures, AgencyA, false, null, Receptionist(ReceivingAgency), Monday.AddHours(1),
            WorkCalendar, Deadlines);
        if (status == FeedbackStatus.Transferred)
        {
            feedback.Transfer(AgencyB, "Không thuộc thẩm quyền của phường", false, Processor(AgencyA), Monday.AddHours(1.5), WorkCalendar, Deadlines);
        }
        if (status is FeedbackStatus.Assigned or FeedbackStatus.Transferred)
        {
            WithDraft(feedback, draft);
            return feedback;
        }
        feedback.DraftAnswer("Hồ sơ đã được trả kết quả ngày 03/3/2026.", Processor(AgencyA), Monday.AddHours(2));
        feedback.ApproveAnswer(Leader(AgencyA), Monday.AddHours(3));
        if (status == FeedbackStatus.Published)
        {
            feedback.Publish(Leader(AgencyA), Monday.AddHours(4));
        }
        return feedback;
    }

    private static void WithDraft(Feedback feedback, DraftState draft)
    {
        if (draft == DraftState.None)
        {
            return;
        }
        feedback.DraftAnswer("Dự thảo trả lời", Processor(feedback.HandlingAgencyId), Monday.AddHours(2));
        if (draft == DraftState.Returned)
        {
            feedback.ReturnDraft("Bổ sung căn cứ pháp lý", Leader(feedback.HandlingAgencyId), Monday.AddHours(3));
        }
    }

    /// <summary>Runs <paramref name="action"/> on the feedback with valid arguments.</summary>
    public static void Perform(Feedback feedback, FeedbackAction action, FeedbackActor actor, DateTimeOffset now)
    {
        switch (action)
        {
            case FeedbackAction.Assign:
                feedback.Assign(FeedbackCategory.OfficerConduct, AgencyA, false, "Phân loại", actor, now, WorkCalendar, Deadlines);
                break;
            case FeedbackAction.Transfer:
                feedback.Transfer(feedback.HandlingAgencyId == AgencyB ? AgencyA : AgencyB, "Ngoài thẩm quyền", false, actor, now, WorkCalendar, Deadlines);
                break;
            case FeedbackAction.CloseNotInScope:
                feedback.CloseNotInScope("Là đơn tố cáo", "Gửi đến cơ quan có thẩm quyền theo Luật Tố cáo", actor, now);
                break;
            case FeedbackAction.DraftAnswer:
                feedback.DraftAnswer("Nội dung trả lời", actor, now);
                break;
            case FeedbackAction.ReturnDraft:
                feedback.ReturnDraft("Làm rõ thời hạn", actor, now);
                break;
            case FeedbackAction.ApproveAnswer:
                feedback.ApproveAnswer(actor, now);
                break;
            case FeedbackAction.Publish:
                feedback.Publish(actor, now);
                break;
            case FeedbackAction.Rate:
                feedback.Rate(true, "Cảm ơn", actor, now);
                break;
            case FeedbackAction.Reopen:
                feedback.Reopen("Chưa được giải quyết", actor, now, WorkCalendar, Deadlines);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, "Submit creates a feedback; it is not a verb on one.");
        }
    }

    /// <summary>Everything a verb may change, to show that a refused one changed nothing.</summary>
    public static FeedbackState StateOf(Feedback f) => new(f.Status, f.History.Count, f.HandlingAgencyId, f.Category, f.DueAt, f.AnswerDueAt,
        f.DraftText, f.DraftReturnNote, f.Answers.Count, f.Answer?.Satisfied, f.PublishedAt, f.ReopenedAt, f.ClosingReason, f.LastActivityAt);

    /// <summary>The newest line of the history.</summary>
    public static FeedbackHistoryEntry LastEntry(this Feedback feedback) => feedback.History.MaxBy(h => h.Sequence)!;
}

public sealed record FeedbackState(FeedbackStatus Status, int HistoryCount, Guid HandlingAgencyId, FeedbackCategory Category, DateTimeOffset? DueAt,
    DateTimeOffset? AnswerDueAt, string? DraftText, string? DraftReturnNote, int AnswerCount, bool? Satisfied, DateTimeOffset? PublishedAt,
    DateTimeOffset? ReopenedAt, string? ClosingReason, DateTimeOffset LastActivityAt);
