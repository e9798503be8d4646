namespace OneStop.Domain.Feedbacks;

/// <summary>
/// The periods a province sets for feedback (configuration, not code): working time to route it and to
/// answer it (longer when other agencies must be consulted), and calendar days in which the submitter may reopen.
/// </summary>
public sealed record FeedbackDeadlines(int AssignWorkingDays, int AnswerWorkingDays, int AnswerWithConsultationWorkingDays, int ReopenDays)
{
    /// <summary>domain.md's defaults: 5 working days to assign, 10 to answer, 20 when consulting; reopen within 30 days.</summary>
    public static readonly FeedbackDeadlines Default = new(5, 10, 20, 30);

    public TimeSpan AssignWithin => WorkingDays(AssignWorkingDays);

    public TimeSpan AnswerWithin(bool consultsOtherAgencies) =>
        WorkingDays(consultsOtherAgencies ? AnswerWithConsultationWorkingDays : AnswerWorkingDays);

    private static TimeSpan WorkingDays(int days) => TimeSpan.FromHours(days * Procedures.ProcessingTime.HoursPerWorkingDay);
}
