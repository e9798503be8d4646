using OneStop.Domain.Feedbacks;

namespace OneStop.Application.Feedbacks.Queries.GetServiceRequests;

/// <summary>
/// A feedback as an Open311 GeoReport v2 service request. It carries no personal data: the submitter is not named,
/// and phone numbers, ID numbers and e-mail addresses are blanked out of the texts. Times are in the province's offset.
/// </summary>
/// <param name="ServiceRequestId">The feedback's code.</param>
/// <param name="Closed">Answered, published or closed as not in scope; otherwise open.</param>
/// <param name="StatusNotes">The answer in force, or why it was closed as not in scope and where to turn.</param>
/// <param name="Category">The service the request was made for.</param>
/// <param name="Description">The feedback's content.</param>
/// <param name="AgencyResponsible">The agency handling it.</param>
/// <param name="RequestedAt">When it was received.</param>
/// <param name="UpdatedAt">Its last change.</param>
/// <param name="ExpectedAt">The deadline of its current stage; none once answered or closed.</param>
public sealed record ServiceRequestDto(
    string ServiceRequestId,
    bool Closed,
    string? StatusNotes,
    FeedbackCategory Category,
    string Description,
    string? AgencyResponsible,
    DateTimeOffset RequestedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ExpectedAt);

/// <summary>Open311's two statuses.</summary>
public enum ServiceRequestStatus
{
    Open,
    Closed,
}

/// <summary>How feedback statuses read in Open311: answered, published and not-in-scope ones are closed, the others open.</summary>
public static class ServiceRequestStatuses
{
    public static readonly IReadOnlyList<FeedbackStatus> Closed = [FeedbackStatus.Answered, FeedbackStatus.Published, FeedbackStatus.NotInScope];

    public static bool IsClosed(FeedbackStatus status) => Closed.Contains(status);
}

/// <summary>Open311's <c>service_code</c>s: the names of the feedback categories, as the REST API spells them.</summary>
public static class ServiceCodes
{
    public static string Of(FeedbackCategory category) => category.ToString();

    /// <summary>Only the exact names of defined categories; numbers and other spellings are not codes.</summary>
    public static bool TryParse(string? code, out FeedbackCategory category)
    {
        category = default;
        return !string.IsNullOrEmpty(code) && Enum.GetNames<FeedbackCategory>().Contains(code, StringComparer.Ordinal) &&
               Enum.TryParse(code, out category);
    }
}
