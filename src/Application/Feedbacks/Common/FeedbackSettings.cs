using OneStop.Domain.Feedbacks;

namespace OneStop.Application.Feedbacks.Common;

/// <summary>The province's feedback configuration (appsettings section <c>Feedback</c>).</summary>
public sealed class FeedbackSettings
{
    public const string Section = "Feedback";

    /// <summary>The agency that routes feedback naming no agency (by default the Public Administration Service Center).</summary>
    public string ReceivingAgencyCode { get; set; } = "000.00.15.H56";

    public int AssignWorkingDays { get; set; } = FeedbackDeadlines.Default.AssignWorkingDays;
    public int AnswerWorkingDays { get; set; } = FeedbackDeadlines.Default.AnswerWorkingDays;
    public int AnswerWithConsultationWorkingDays { get; set; } = FeedbackDeadlines.Default.AnswerWithConsultationWorkingDays;
    public int ReopenDays { get; set; } = FeedbackDeadlines.Default.ReopenDays;

    public FeedbackDeadlines Deadlines => new(AssignWorkingDays, AnswerWorkingDays, AnswerWithConsultationWorkingDays, ReopenDays);
}
