using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Application.Common.Interfaces;
using OneStop.Domain.Agencies;
using OneStop.Domain.Feedbacks;
using OneStop.Testing;

namespace OneStop.Api.IntegrationTests.Open311;

/// <summary>
/// Agencies and feedback for the Open311 tests. Feedback is walked to its status through the domain's verbs and saved
/// directly: the officer workflow over HTTP has tests of its own, and the Open311 tests need many feedback at chosen times.
/// </summary>
public sealed class Open311Fixture
{
    /// <summary>The agency that receives feedback naming none (Feedback:ReceivingAgencyCode's default).</summary>
    public const string CounterName = "Trung tâm Phục vụ hành chính công tỉnh";
    public const string DepartmentName = "Sở Xây dựng";

    /// <summary>
    /// The submitter's contact, none of which may appear in an Open311 answer; the phone and e-mail are written into the
    /// content too, where PersonalDataMask blanks them as on the public pages.
    /// </summary>
    public const string SubmitterName = "Nguyễn Văn An";
    public const string SubmitterPhone = "0912345678";
    public const string SubmitterEmail = "an.nguyen@example.vn";
    public const string Content = $"Xin liên hệ số {SubmitterPhone} hoặc {SubmitterEmail}. Hồ sơ cấp phép xây dựng của tôi quá hạn mười ngày.";
    public const string AnswerText = "Sở đã trả kết quả ngày 05/3/2026; cần thêm thông tin xin gọi 0987 654 321.";
    public const string ClosingReason = "Nội dung là khiếu nại";
    public const string Redirection = "Gửi đơn đến Chủ tịch UBND tỉnh theo Luật Khiếu nại";

    /// <summary>The elements of a request in GET requests, in the specification's order.</summary>
    public static readonly string[] RequestFields =
    [
        "service_request_id", "status", "status_notes", "service_name", "service_code", "description", "agency_responsible", "service_notice",
        "requested_datetime", "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url",
    ];

    private int _sequence;

    private Open311Fixture(Guid counterId, Guid departmentId, Guid otherDepartmentId)
    {
        CounterId = counterId;
        DepartmentId = departmentId;
        OtherDepartmentId = otherDepartmentId;
    }

    public Guid CounterId { get; }
    public Guid DepartmentId { get; }
    public Guid OtherDepartmentId { get; }

    /// <summary>Now, on the clock the application reads.</summary>
    public static DateTimeOffset Now => TestApp.Factory.Clock.GetUtcNow();

    public static async Task<Open311Fixture> CreateAsync() => await TestApp.WithDbContextAsync(async db =>
    {
        var province = Agency.CreateProvince(AgencyCode.Parse("000.00.00.H56"), "UBND tỉnh Khánh Hòa", new DateOnly(2025, 7, 1));
        var counter = Agency.CreateUnder(province, AgencyCode.Parse("000.00.15.H56"), CounterName, AgencyLevel.Department, new DateOnly(2025, 7, 1));
        var department = Agency.CreateUnder(province, AgencyCode.Parse("000.00.14.H56"), DepartmentName, AgencyLevel.Department, new DateOnly(2025, 7, 1));
        var other = Agency.CreateUnder(province, AgencyCode.Parse("000.00.13.H56"), "Sở Tư pháp", AgencyLevel.Department, new DateOnly(2025, 7, 1));
        db.Agencies.AddRange(province, counter, department, other);
        await db.SaveChangesAsync();
        return new Open311Fixture(counter.Id, department.Id, other.Id);
    });

    /// <summary>Saves feedback received at the given times, walked to <paramref name="status"/>; returns their codes.</summary>
    public async Task<IReadOnlyList<string>> AddAsync(FeedbackStatus status, IEnumerable<DateTimeOffset> receivedAt,
        FeedbackCategory category = FeedbackCategory.RegulationsAndProcedures)
    {
        await using var scope = TestApp.Factory.Services.CreateAsyncScope();
        var calendar = await scope.ServiceProvider.GetRequiredService<IWorkingCalendarSource>().GetAsync(CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
        var codes = new List<string>();
        foreach (var at in receivedAt)
        {
            var code = $"PAKN-{at:yyMMdd}-{++_sequence:D4}";
            db.Feedbacks.Add(Walk(Domain.Feedbacks.Feedback.Submit(code, "Hồ sơ cấp phép xây dựng quá hạn", Content, category,
                new FeedbackContact(SubmitterName, SubmitterPhone, SubmitterEmail, "056090001234"),
                new FeedbackActor(null, SubmitterName, null, FeedbackRole.Submitter), CounterId, FeedbackReferences.None, [], at, calendar,
                FeedbackDeadlines.Default), status, at, calendar));
            codes.Add(code);
        }
        await db.SaveChangesAsync(CancellationToken.None);
        return codes;
    }

    /// <inheritdoc cref="AddAsync(FeedbackStatus, IEnumerable{DateTimeOffset}, FeedbackCategory)"/>
    public async Task<string> AddAsync(FeedbackStatus status, DateTimeOffset? receivedAt = null,
        FeedbackCategory category = FeedbackCategory.RegulationsAndProcedures) =>
        (await AddAsync(status, [receivedAt ?? Now.AddDays(-1)], category))[0];

    private Domain.Feedbacks.Feedback Walk(Domain.Feedbacks.Feedback feedback, FeedbackStatus status, DateTimeOffset at, Domain.Calendar.IWorkingCalendar calendar)
    {
        var deadlines = FeedbackDeadlines.Default;
        var roles = FeedbackRole.Receptionist | FeedbackRole.Processor | FeedbackRole.Leader;
        FeedbackActor Officer(Guid agency) => new(Guid.NewGuid(), "Trần Thị Bích", agency, roles);
        if (status == FeedbackStatus.Received)
        {
            return feedback;
        }
        if (status == FeedbackStatus.NotInScope)
        {
            feedback.CloseNotInScope(ClosingReason, Redirection, Officer(CounterId), at.AddMinutes(30));
            return feedback;
        }
        feedback.Assign(feedback.Category, DepartmentId, false, null, Officer(CounterId), at.AddHours(1), calendar, deadlines);
        if (status == FeedbackStatus.Transferred)
        {
            feedback.Transfer(OtherDepartmentId, "Không thuộc thẩm quyền của Sở", false, Officer(DepartmentId), at.AddHours(2), calendar, deadlines);
        }
        if (status is FeedbackStatus.Assigned or FeedbackStatus.Transferred)
        {
            return feedback;
        }
        feedback.DraftAnswer(AnswerText, Officer(DepartmentId), at.AddHours(2));
        feedback.ApproveAnswer(Officer(DepartmentId), at.AddHours(3));
        if (status == FeedbackStatus.Published)
        {
            feedback.Publish(Officer(DepartmentId), at.AddHours(4));
        }
        return feedback;
    }

    /// <summary>An integrator's access token, to send as api_key.</summary>
    public static async Task<string> ApiKeyAsync(params string[] scopes)
    {
        var client = await TestApp.CreateIntegratorClientAsync(scopes);
        return client.DefaultRequestHeaders.Authorization!.Parameter!;
    }

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/json");
        response.Content.Headers.ContentType?.CharSet.ShouldBe("utf-8");
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>The XML document, checked for the declaration with UTF-8 and for its root element.</summary>
    public static async Task<XElement> ReadXmlAsync(HttpResponseMessage response, HttpStatusCode status, string root)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("text/xml");
        response.Content.Headers.ContentType?.CharSet.ShouldBe("utf-8");
        var document = XDocument.Parse(body);
        document.Declaration.ShouldNotBeNull().Encoding.ShouldBe("utf-8", StringCompareShould.IgnoreCase);
        document.Root.ShouldNotBeNull().Name.LocalName.ShouldBe(root);
        return document.Root;
    }

    /// <summary>Checks an error array in either format and returns its descriptions.</summary>
    public static async Task<string[]> ReadErrorsAsync(HttpResponseMessage response, HttpStatusCode status, string format = "json")
    {
        if (format == "xml")
        {
            var errors = await ReadXmlAsync(response, status, "errors");
            errors.Elements().ShouldNotBeEmpty();
            errors.Elements().ShouldAllBe(e => e.Name.LocalName == "error");
            errors.Elements().Select(e => e.Elements().Select(c => c.Name.LocalName)).ShouldAllBe(names => names.SequenceEqual(new[] { "code", "description" }));
            errors.Elements().Select(e => e.Element("code")!.Value).ShouldAllBe(code => code == ((int)status).ToString());
            return errors.Elements().Select(e => e.Element("description")!.Value).ToArray();
        }
        var json = await ReadJsonAsync(response, status);
        json.ValueKind.ShouldBe(JsonValueKind.Array);
        json.GetArrayLength().ShouldBeGreaterThan(0);
        json.EnumerateArray().Select(e => e.EnumerateObject().Select(p => p.Name)).ShouldAllBe(names => names.SequenceEqual(new[] { "code", "description" }));
        json.EnumerateArray().Select(e => e.GetProperty("code").GetInt32()).ShouldAllBe(code => code == (int)status);
        return json.EnumerateArray().Select(e => e.GetProperty("description").GetString()!).ToArray();
    }

    /// <summary>A client that sends the integrator's token as Authorization: Bearer.</summary>
    public static HttpClient BearerClient(string token)
    {
        var client = TestApp.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
