using System.Globalization;
using OneStop.Application.Feedbacks.Queries.GetServiceRequests;
using OneStop.Domain.Feedbacks;

namespace OneStop.Api.Open311;

/// <summary>The services of the façade: the two feedback categories, named in Vietnamese, and how a feedback reads as a request.</summary>
public static class Open311Services
{
    public const string Group = "Phản ánh, kiến nghị";

    /// <summary>Requests are created at once (no token resource), so every service is "realtime".</summary>
    private const string Realtime = "realtime";

    public static readonly IReadOnlyList<Open311Service> All =
    [
        new(ServiceCodes.Of(FeedbackCategory.RegulationsAndProcedures), "Phản ánh, kiến nghị về quy định hành chính, thủ tục hành chính",
            "Phản ánh, kiến nghị về quy định hành chính và thủ tục hành chính, về việc thực hiện chúng: quy định không phù hợp, " +
            "không đồng bộ, gây khó khăn cho người dân và doanh nghiệp; đề xuất sáng kiến, giải pháp.",
            false, Realtime, "quy định hành chính, thủ tục hành chính, hồ sơ, giấy tờ, kiến nghị", Group),
        new(ServiceCodes.Of(FeedbackCategory.OfficerConduct), "Phản ánh về hành vi của cán bộ, công chức, viên chức",
            "Phản ánh về hành vi, thái độ, tác phong của cán bộ, công chức, viên chức khi giải quyết thủ tục hành chính: " +
            "nhũng nhiễu, gây phiền hà, chậm trễ, không thực hiện đúng quy định.",
            false, Realtime, "cán bộ, công chức, viên chức, thái độ, nhũng nhiễu, phiền hà", Group),
    ];

    public static Open311Service? Find(string code) => All.SingleOrDefault(service => service.ServiceCode == code);

    public static Open311Service Of(FeedbackCategory category) => Find(ServiceCodes.Of(category))
        ?? throw new InvalidOperationException($"The feedback category {category} has no Open311 service.");

    /// <summary>A feedback as a request; it has no location, so the location fields are empty.</summary>
    public static Open311ServiceRequest ToRequest(ServiceRequestDto request)
    {
        var service = Of(request.Category);
        return new Open311ServiceRequest(request.ServiceRequestId, request.Closed ? "closed" : "open", request.StatusNotes, service.ServiceName,
            service.ServiceCode, request.Description, request.AgencyResponsible, null, W3C(request.RequestedAt), W3C(request.UpdatedAt),
            request.ExpectedAt is { } expected ? W3C(expected) : null, null, null, null, null, null, null);
    }

    /// <summary>A W3C date-time with its offset: 2026-03-02T09:00:00+07:00.</summary>
    public static string W3C(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
