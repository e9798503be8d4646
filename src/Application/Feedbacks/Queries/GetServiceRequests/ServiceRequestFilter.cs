using System.Globalization;
using System.Text.RegularExpressions;
using OneStop.Domain.Feedbacks;

namespace OneStop.Application.Feedbacks.Queries.GetServiceRequests;

/// <summary>Reads the parameters of Open311's GET requests as the specification writes them.</summary>
public static partial class ServiceRequestFilter
{
    /// <summary>At most this many requests in one answer, newest first.</summary>
    public const int MaxResults = 1000;

    /// <summary>The longest window of <c>start_date</c> to <c>end_date</c>, and the default one ending now.</summary>
    public static readonly TimeSpan MaxWindow = TimeSpan.FromDays(90);

    /// <summary>A comma-delimited parameter's values, trimmed, without empty ones.</summary>
    public static IReadOnlyList<string> Values(string? parameter) =>
        parameter?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary>
    /// A W3C date-time with its time zone (Z or ±hh:mm), as the specification requires: 2026-03-02T09:00:00+07:00. A
    /// space where the offset's "+" should be is read as "+", since an unencoded "+" in a query string arrives as one.
    /// </summary>
    public static bool TryParseDateTime(string? value, out DateTimeOffset dateTime)
    {
        dateTime = default;
        var match = value is null ? null : W3CDateTime().Match(value.Trim());
        if (match is not { Success: true })
        {
            return false;
        }
        var zone = match.Groups["zone"].Value;
        var text = match.Groups["local"].Value + (zone.StartsWith(' ') ? "+" + zone[1..] : zone);
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out dateTime);
    }

    /// <summary>
    /// The window of reception times searched: the last 90 days by default; 90 days from <c>start_date</c> or up to
    /// <c>end_date</c> when only one is given; exactly the two when both are (the validator keeps that within 90 days).
    /// </summary>
    public static (DateTimeOffset From, DateTimeOffset To) Window(string? startDate, string? endDate, DateTimeOffset now)
    {
        DateTimeOffset? start = TryParseDateTime(startDate, out var s) ? s : null;
        DateTimeOffset? end = TryParseDateTime(endDate, out var e) ? e : null;
        return (start, end) switch
        {
            ({ } from, { } to) => (from, to),
            ({ } from, null) => (from, from + MaxWindow),
            (null, { } to) => (to - MaxWindow, to),
            _ => (now - MaxWindow, now),
        };
    }

    /// <summary>The feedback categories a <c>service_code</c> list names (the validator reports unknown codes).</summary>
    public static IReadOnlyList<FeedbackCategory> Categories(string? serviceCodes) =>
        Values(serviceCodes).Select(code => ServiceCodes.TryParse(code, out var category) ? category : (FeedbackCategory?)null)
            .OfType<FeedbackCategory>().Distinct().ToList();

    /// <summary>The statuses a <c>status</c> list names (the validator reports anything but open and closed).</summary>
    public static IReadOnlyList<ServiceRequestStatus> Statuses(string? statuses) =>
        Values(statuses).Select(value => TryParseStatus(value, out var status) ? status : (ServiceRequestStatus?)null)
            .OfType<ServiceRequestStatus>().Distinct().ToList();

    public static bool TryParseStatus(string value, out ServiceRequestStatus status)
    {
        status = value switch
        {
            "open" => ServiceRequestStatus.Open,
            "closed" => ServiceRequestStatus.Closed,
            _ => (ServiceRequestStatus)(-1),
        };
        return Enum.IsDefined(status);
    }

    [GeneratedRegex(@"^(?<local>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?)(?<zone>Z|[+\- ]\d{2}:\d{2})$")]
    private static partial Regex W3CDateTime();
}
