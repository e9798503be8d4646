using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using OneStop.Api.Infrastructure;
using OneStop.Application.Common.Exceptions;
using OneStop.Application.Common.Idempotency;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Common.Security;
using OneStop.Application.Feedbacks.Queries.GetServiceRequests;

namespace OneStop.Api.Open311;

/// <summary>
/// Feedback through the Open311 GeoReport v2 interface (wiki.open311.org/GeoReport_v2), in JSON and XML: the feedback
/// categories are the services, feedback are the service requests. Anyone reads published feedback; an integrator's
/// access token sent as <c>api_key</c> (or as a bearer token) reads all of it with feedback.read and creates it with
/// feedback.write. Errors are the specification's error arrays in the requested format (docs/decisions, ADR-012).
/// </summary>
public sealed class GeoReport : IEndpointGroup
{
    public const string Prefix = "/open311/v2";
    public const string Specification = "http://wiki.open311.org/GeoReport_v2";
    private const string IdempotencyKeyHeader = "Idempotency-Key";
    private const string FormatRouteValue = "format";

    /// <summary>When the façade's services or behaviour last changed, for the discovery document.</summary>
    private const string Changeset = "2026-11-24T00:00:00+07:00";

    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Prefix).WithTags("Open311").AllowAnonymous().AddEndpointFilter(AnswerInOpen311Async);

        group.MapGet("/discovery.{format}", Discovery)
            .WithSummary("Open311 service discovery: the GeoReport v2 endpoint, its formats and how to get an api_key")
            .ProducesOpen311<Open311Discovery>();
        group.MapGet("/services.{format}", GetServices)
            .WithSummary("Open311 services: the feedback categories as service_code, named in Vietnamese")
            .ProducesOpen311<IReadOnlyList<Open311Service>>();
        group.MapGet("/services/{service_code}.{format}", GetServiceDefinition)
            .WithSummary("Open311 service definition of a feedback category (it takes no extra attributes); 404 for an unknown service_code")
            .ProducesOpen311<Open311ServiceDefinition>(StatusCodes.Status404NotFound);
        group.MapPost("/requests.{format}", PostRequest)
            .WithSummary("Open311: send a feedback (form-encoded; an integrator's api_key with feedback.write; Idempotency-Key honoured)")
            .WithMetadata(new Open311FormBody(typeof(Open311RequestForm)))
            .ProducesOpen311<IReadOnlyList<Open311RequestCreated>>(StatusCodes.Status403Forbidden, StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/requests.{format}", GetRequests)
            .WithSummary("Open311 service requests, newest first, at most 1,000: published feedback, or all of it with an api_key granted feedback.read; no personal data")
            .ProducesOpen311<IReadOnlyList<Open311ServiceRequest>>(StatusCodes.Status403Forbidden);
        group.MapGet("/requests/{service_request_id}.{format}", GetRequest)
            .WithSummary("Open311: one service request by its service_request_id (the feedback code); 404 when unknown or not visible")
            .ProducesOpen311<IReadOnlyList<Open311ServiceRequest>>(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
    }

    /// <param name="format">json or xml.</param>
    /// <param name="request">The request, for this endpoint's address.</param>
    /// <param name="configuration">Open311:Contact, the contact given in the document.</param>
    private static Open311Result Discovery(string format, HttpRequest request, IConfiguration configuration) =>
        new(Open311Result.Format(format), "discovery", new Open311Discovery(Changeset,
            configuration["Open311:Contact"] ?? "Trung tâm Phục vụ hành chính công tỉnh (the province's Public Administration Service Center)",
            "An administrator creates an integrator client granted feedback.read and/or feedback.write (POST /api/integrator-clients); " +
            "exchange its client_id and client_secret for an access token at POST /api/auth/token (grant_type=client_credentials) " +
            "and send that token as api_key, or as Authorization: Bearer. A token is short-lived (15 minutes by default); request a new one when it expires.",
            [new Open311Endpoint(Specification, $"{request.Scheme}://{request.Host}{request.PathBase}{Prefix}", Changeset, "production",
                [Open311Result.XmlContentType, Open311Result.JsonContentType])]));

    /// <param name="format">json or xml.</param>
    private static Open311Result GetServices(string format) => new(Open311Result.Format(format), "services", Open311Services.All);

    /// <param name="format">json or xml.</param>
    /// <param name="serviceCode">A service_code from GET services.</param>
    private static Open311Result GetServiceDefinition(string format, [FromRoute(Name = "service_code")] string serviceCode) =>
        Open311Services.Find(serviceCode) is { } service
            ? new(Open311Result.Format(format), "service_definition", new Open311ServiceDefinition(service.ServiceCode, []))
            : throw new NotFoundException("Service", serviceCode);

    /// <param name="format">json or xml.</param>
    /// <param name="request">The form-encoded request.</param>
    /// <param name="user">The integrator the api_key names.</param>
    /// <param name="sender">The mediator.</param>
    /// <param name="calendars">The province's offset, for the deadline in the notice.</param>
    /// <param name="idempotencyKey">A retry with the same key returns the first answer and creates nothing.</param>
    /// <param name="cancellationToken">Cancels the submission.</param>
    private static async Task<Open311Result> PostRequest(string format, HttpRequest request, IUser user, ISender sender, IWorkingCalendarSource calendars,
        [FromHeader(Name = IdempotencyKeyHeader)] string? idempotencyKey, CancellationToken cancellationToken)
    {
        var open311 = Open311Result.Format(format);
        if (!user.Scopes.Contains(Scopes.FeedbackWrite))
        {
            return Open311Result.Errors(open311, StatusCodes.Status403Forbidden,
                "api_key is required: the access token of an integrator client granted feedback.write.");
        }
        if (!request.HasFormContentType)
        {
            return Open311Result.Errors(open311, StatusCodes.Status400BadRequest,
                "Send the fields form-encoded (application/x-www-form-urlencoded or multipart/form-data).");
        }
        Open311RequestForm form;
        try
        {
            form = Open311RequestForm.From(await request.ReadFormAsync(cancellationToken));
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            return Open311Result.Errors(open311, StatusCodes.Status400BadRequest, $"The form could not be read: {e.Message}");
        }
        if (form.Errors() is { Count: > 0 } errors)
        {
            return Open311Result.Errors(open311, StatusCodes.Status400BadRequest, errors);
        }
        var receipt = await sender.Send(form.ToCommand(idempotencyKey), cancellationToken);
        var due = receipt.AssignDueAt.ToOffset(calendars.UtcOffset).ToString("HH:mm 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture);
        var notice = $"Đã tiếp nhận phản ánh, kiến nghị {receipt.Code} tại {receipt.HandlingAgency}; hạn phân loại và chuyển cơ quan có thẩm quyền: {due}.";
        return new(open311, "service_requests", new[] { new Open311RequestCreated(receipt.Code, notice, form.AccountId) });
    }

    /// <param name="format">json or xml.</param>
    /// <param name="sender">The mediator.</param>
    /// <param name="serviceRequestId">Feedback codes, comma-delimited; they override every other parameter.</param>
    /// <param name="serviceCode">Service codes, comma-delimited; all by default.</param>
    /// <param name="startDate">The earliest requested_datetime (W3C, with its time zone).</param>
    /// <param name="endDate">The latest requested_datetime; start_date to end_date may span at most 90 days (by default the last 90).</param>
    /// <param name="status">open, closed, or both comma-delimited; all by default.</param>
    /// <param name="apiKey">An integrator's access token granted feedback.read: all feedback instead of the published.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    private static async Task<Open311Result> GetRequests(string format, ISender sender,
        [FromQuery(Name = "service_request_id")] string? serviceRequestId, [FromQuery(Name = "service_code")] string? serviceCode,
        [FromQuery(Name = "start_date")] string? startDate, [FromQuery(Name = "end_date")] string? endDate, [FromQuery(Name = "status")] string? status,
        [FromQuery(Name = Open311ApiKey.Parameter)] string? apiKey, CancellationToken cancellationToken)
    {
        var requests = await sender.Send(new GetServiceRequestsQuery(serviceRequestId, serviceCode, startDate, endDate, status), cancellationToken);
        return new(Open311Result.Format(format), "service_requests", requests.Select(Open311Services.ToRequest).ToList());
    }

    /// <param name="format">json or xml.</param>
    /// <param name="sender">The mediator.</param>
    /// <param name="serviceRequestId">The feedback code.</param>
    /// <param name="apiKey">An integrator's access token granted feedback.read: any feedback instead of the published.</param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    private static async Task<Open311Result> GetRequest(string format, ISender sender, [FromRoute(Name = "service_request_id")] string serviceRequestId,
        [FromQuery(Name = Open311ApiKey.Parameter)] string? apiKey, CancellationToken cancellationToken)
    {
        var request = await sender.Send(new GetServiceRequestQuery(serviceRequestId), cancellationToken);
        return new(Open311Result.Format(format), "service_requests", new[] { Open311Services.ToRequest(request) });
    }

    /// <summary>
    /// Every answer of the group is Open311's: an unknown format is refused in JSON, credentials that do not authenticate
    /// are refused (403) rather than ignored, and the use cases' errors become error arrays in the requested format.
    /// </summary>
    private static async ValueTask<object?> AnswerInOpen311Async(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!Open311Result.TryParseFormat(http.GetRouteValue(FormatRouteValue) as string, out var format))
        {
            return Open311Result.Errors(Open311Format.Json, StatusCodes.Status400BadRequest, "The format must be json or xml: requests.json, requests.xml.");
        }
        if (http.User.Identity?.IsAuthenticated != true && await Open311ApiKey.PresentedAsync(http.Request))
        {
            return Open311Result.Errors(format, StatusCodes.Status403Forbidden,
                "api_key is not valid: it may have expired; request a new access token at POST /api/auth/token.");
        }
        try
        {
            return await next(context);
        }
        catch (ValidationException invalid)
        {
            return Open311Result.Errors(format, StatusCodes.Status400BadRequest, invalid.Errors.SelectMany(error => error.Value.Select(message =>
                Open311RequestForm.Parameters.TryGetValue(error.Key, out var parameter) ? $"{parameter}: {message}" : message)));
        }
        catch (NotFoundException notFound)
        {
            return Open311Result.Errors(format, StatusCodes.Status404NotFound, notFound.Message);
        }
        catch (IdempotencyConflictException reused)
        {
            return Open311Result.Errors(format, StatusCodes.Status422UnprocessableEntity, reused.Message);
        }
    }
}
