using System.Net;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Application.Common.Security;
using OneStop.Testing;

namespace OneStop.Api.IntegrationTests.Authorization;

/// <summary>
/// Who may call what. Every API endpoint of the running application must have a row here: a new
/// endpoint without one fails <see cref="ShouldHaveARowForEveryEndpoint"/>, so none can skip the matrix.
/// Each row is then checked for an anonymous caller, an account of every role and an integrator client.
/// </summary>
public sealed class AuthorizationMatrixTests : DatabaseTestBase
{
    /// <summary>Who gets past authorization; the others get 401 (anonymous) or 403.</summary>
    public enum Access
    {
        Everyone,
        SignedIn,
        Administrators,
        /// <summary>Officers who work dossiers: Receptionist, Processor, Leader, Supervisor.</summary>
        Officers,
        /// <summary>People's accounts and integrator clients granted dossiers.read.</summary>
        DossierReaders,
        /// <summary>People's accounts and integrator clients granted feedback.read.</summary>
        FeedbackReaders,
        /// <summary>
        /// Integrator clients granted feedback.write (Open311's POST requests). Everyone else, anonymous callers too, gets 403
        /// with Open311's error array: the specification answers a missing api_key with 403, not 401.
        /// </summary>
        Open311Writers,
    }

    private static readonly Dictionary<string, Access> Matrix = new()
    {
        ["GET /api/procedures"] = Access.Everyone,
        ["GET /api/procedures/{id}"] = Access.Everyone,
        ["GET /api/procedures/by-code/{code}"] = Access.Everyone,
        ["GET /api/procedures/{id}/versions"] = Access.Everyone,
        ["POST /api/procedures"] = Access.Administrators,
        ["PUT /api/procedures/{id}"] = Access.Administrators,
        ["POST /api/procedures/{id}/publish"] = Access.Administrators,
        ["POST /api/procedures/{id}/unpublish"] = Access.Administrators,
        ["GET /api/fields"] = Access.Everyone,
        ["POST /api/fields"] = Access.Administrators,
        ["GET /api/agencies"] = Access.Everyone,
        ["POST /api/agencies"] = Access.Administrators,
        ["POST /api/agencies/{id}/dissolve"] = Access.Administrators,
        ["POST /api/auth/register"] = Access.Everyone,
        ["POST /api/auth/register-organisation"] = Access.Everyone,
        ["POST /api/auth/sign-in"] = Access.Everyone,
        ["POST /api/auth/refresh"] = Access.Everyone,
        ["POST /api/auth/sign-out"] = Access.Everyone,
        ["GET /api/auth/me"] = Access.SignedIn,
        ["GET /api/auth/external"] = Access.Everyone,
        // Off in the tests' default configuration (404 for everyone); ExternalSignInTests runs them switched on.
        ["POST /api/auth/external/start"] = Access.Everyone,
        ["POST /api/auth/external/callback"] = Access.Everyone,
        ["GET /api/audit"] = Access.Administrators,
        ["GET /api/officers"] = Access.Administrators,
        ["GET /api/officers/colleagues"] = Access.Officers,
        ["POST /api/officers"] = Access.Administrators,
        ["PUT /api/officers/{id}/roles"] = Access.Administrators,
        ["POST /api/officers/{id}/deactivate"] = Access.Administrators,
        ["POST /api/officers/{id}/reactivate"] = Access.Administrators,
        ["GET /api/integrator-clients"] = Access.Administrators,
        ["POST /api/integrator-clients"] = Access.Administrators,
        ["POST /api/integrator-clients/{id}/revoke"] = Access.Administrators,
        ["POST /api/auth/token"] = Access.Everyone,
        ["GET /api/dossiers/track/{code}"] = Access.Everyone,
        ["GET /api/dossiers/mine"] = Access.SignedIn,
        ["GET /api/dossiers/inbox"] = Access.Officers,
        ["GET /api/dossiers/inbox/counts"] = Access.Officers,
        ["POST /api/dossiers"] = Access.SignedIn,
        ["GET /api/dossiers/{id}"] = Access.DossierReaders,
        ["POST /api/dossiers/{id}/documents"] = Access.SignedIn,
        ["DELETE /api/dossiers/{id}/documents/{documentId}"] = Access.SignedIn,
        ["GET /api/dossiers/{id}/documents/{documentId}"] = Access.DossierReaders,
        ["GET /api/dossiers/{id}/forms/{form}"] = Access.DossierReaders,
        ["POST /api/dossiers/{id}/submit"] = Access.SignedIn,
        ["POST /api/dossiers/{id}/receive"] = Access.SignedIn,
        ["POST /api/dossiers/{id}/refuse"] = Access.SignedIn,
        ["POST /api/dossiers/{id}/request-supplement"] = Access.SignedIn,
        ["POST /api/dossiers/{id}/provide-supplement"] = Access.SignedIn,
        ["POST /api/dossiers/{id}/start-processing"] = Access.SignedIn,
        ["POST /api/dossiers/{id}/assign"] = Access.SignedIn,
        ["POST /api/dossiers/{id}/forward"] = Access.SignedIn,
        ["POST /api/dossiers/{id}/send-back"] = Access.SignedIn,
        ["POST /api/dossiers/{id}/transfer"] = Access.SignedIn,
        ["POST /api/dossiers/{id}/complete-transfer"] = Access.SignedIn,
        ["POST /api/dossiers/{id}/request-payment"] = Access.SignedIn,
        ["POST /api/dossiers/{id}/confirm-payment"] = Access.SignedIn,
        ["POST /api/dossiers/{id}/issue-apology"] = Access.SignedIn,
        ["POST /api/dossiers/{id}/approve"] = Access.SignedIn,
        ["POST /api/dossiers/{id}/stop"] = Access.SignedIn,
        ["POST /api/dossiers/{id}/withdraw"] = Access.SignedIn,
        ["POST /api/dossiers/{id}/return-result"] = Access.SignedIn,
        ["GET /api/dossiers/{id}/rating"] = Access.DossierReaders,
        ["POST /api/dossiers/{id}/rating"] = Access.SignedIn,
        ["GET /api/ratings/invitation"] = Access.Everyone,
        ["POST /api/ratings"] = Access.Everyone,
        // Guests send feedback and read published items; they follow up, rate and reopen with the key of their receipt.
        ["POST /api/feedback"] = Access.Everyone,
        ["GET /api/feedback/public"] = Access.Everyone,
        ["GET /api/feedback/public/{code}"] = Access.Everyone,
        ["GET /api/feedback/public/{code}/attachments/{attachmentId}"] = Access.Everyone,
        ["GET /api/feedback/follow/{code}"] = Access.Everyone,
        ["GET /api/feedback/mine"] = Access.SignedIn,
        ["GET /api/feedback/inbox"] = Access.Officers,
        ["GET /api/feedback/inbox/counts"] = Access.Officers,
        ["GET /api/feedback/{id}"] = Access.FeedbackReaders,
        ["GET /api/feedback/{id}/attachments/{attachmentId}"] = Access.Everyone,
        ["POST /api/feedback/{id}/attachments"] = Access.Officers,
        ["DELETE /api/feedback/{id}/attachments/{attachmentId}"] = Access.Officers,
        ["POST /api/feedback/{id}/assign"] = Access.Officers,
        ["POST /api/feedback/{id}/transfer"] = Access.Officers,
        ["POST /api/feedback/{id}/close-not-in-scope"] = Access.Officers,
        ["POST /api/feedback/{id}/draft-answer"] = Access.Officers,
        ["POST /api/feedback/{id}/return-draft"] = Access.Officers,
        ["POST /api/feedback/{id}/approve-answer"] = Access.Officers,
        ["POST /api/feedback/{id}/publish"] = Access.Officers,
        ["POST /api/feedback/{id}/rate"] = Access.Everyone,
        ["POST /api/feedback/{id}/reopen"] = Access.Everyone,
        ["GET /api/calendar/{year}"] = Access.Everyone,
        ["PUT /api/calendar/{year}"] = Access.Administrators,
        // Open311 GeoReport v2: anyone reads (published feedback; all of it with feedback.read); only integrators create.
        ["GET /open311/v2/discovery.{format}"] = Access.Everyone,
        ["GET /open311/v2/services.{format}"] = Access.Everyone,
        ["GET /open311/v2/services/{service_code}.{format}"] = Access.Everyone,
        ["GET /open311/v2/requests.{format}"] = Access.Everyone,
        ["GET /open311/v2/requests/{service_request_id}.{format}"] = Access.Everyone,
        ["POST /open311/v2/requests.{format}"] = Access.Open311Writers,
    };

    private const string Integrator = "integrator client";

    private static readonly string?[] Callers = [null, .. Roles.All, Integrator];

    private static IEnumerable<string> ApiEndpoints() =>
        TestApp.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => (e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal) || e.RoutePattern.RawText.StartsWith("/open311/", StringComparison.Ordinal)) &&
                        !e.RoutePattern.RawText.Contains("**"))
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods
                .Select(method => $"{method} {System.Text.RegularExpressions.Regex.Replace(e.RoutePattern.RawText!.TrimEnd('/'), @"\{(\w+):[^}]+\}", "{$1}")}"));

    [Test]
    public void ShouldHaveARowForEveryEndpoint()
    {
        var endpoints = ApiEndpoints().ToHashSet();

        endpoints.Except(Matrix.Keys).ShouldBeEmpty("endpoints without a row in the authorization matrix");
        Matrix.Keys.Except(endpoints).ShouldBeEmpty("rows for endpoints that no longer exist");
    }

    public static IEnumerable<TestCaseData> Cells() =>
        Matrix.SelectMany(row => Callers.Select(caller =>
            new TestCaseData(row.Key, row.Value, caller).SetName($"{row.Key} as {caller ?? "anonymous"}")));

    [TestCaseSource(nameof(Cells))]
    public async Task ShouldLetThroughExactlyTheRightCallers(string endpoint, Access access, string? caller)
    {
        var client = caller switch
        {
            null => TestApp.CreateClient(),
            Integrator => await TestApp.CreateIntegratorClientAsync(),
            _ => await TestApp.CreateClientAsync(caller),
        };
        var (method, route) = (endpoint.Split(' ')[0], endpoint.Split(' ')[1]);
        var path = route.Replace("{id}", Guid.NewGuid().ToString()).Replace("{documentId}", Guid.NewGuid().ToString())
            .Replace("{attachmentId}", Guid.NewGuid().ToString())
            .Replace("{code}", "1.000001").Replace("{form}", "Receipt").Replace("{year}", "2026")
            .Replace("{format}", "json").Replace("{service_code}", "OfficerConduct").Replace("{service_request_id}", "PAKN-260101-0001");
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST" && (route.EndsWith("/documents", StringComparison.Ordinal) || route.EndsWith("/attachments", StringComparison.Ordinal) ||
                                 route == "/api/feedback"))
        {
            // Uploads accept only multipart forms; routing turns anything else away before authorization.
            request.Content = new MultipartFormDataContent();
        }
        else if (method is "POST" or "PUT")
        {
            // An empty body: the answer is 400 when authorization lets the call through, 401/403 when not.
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        var status = (await client.SendAsync(request)).StatusCode;

        var allowed = access switch
        {
            Access.Everyone => true,
            Access.SignedIn => caller is not null and not Integrator,
            Access.Administrators => caller == Roles.Administrator,
            Access.Officers => caller is Roles.Receptionist or Roles.Processor or Roles.Leader or Roles.Supervisor,
            Access.DossierReaders or Access.FeedbackReaders => caller is not null,
            Access.Open311Writers => caller == Integrator,
            _ => false,
        };
        if (allowed)
        {
            status.ShouldNotBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden);
        }
        else
        {
            status.ShouldBe(caller is null && access != Access.Open311Writers ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden);
        }
    }
}
