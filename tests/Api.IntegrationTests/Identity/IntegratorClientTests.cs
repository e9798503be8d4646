using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OneStop.Application.Common.Security;
using OneStop.Testing;

namespace OneStop.Api.IntegrationTests.Identity;

public sealed class IntegratorClientTests : DatabaseTestBase
{
    private TestCatalogue _catalogue = null!;
    private HttpClient _admin = null!;

    [SetUp]
    public async Task CreateCatalogueAsync()
    {
        _catalogue = await TestCatalogue.CreateAsync();
        _admin = await TestApp.CreateClientAsync(Roles.Administrator);
    }

    private async Task<JsonElement> CreateClientAsync()
    {
        var response = await _admin.PostAsJsonAsync("/api/integrator-clients", new
        {
            name = "Cổng Dịch vụ công quốc gia",
            scopes = new[] { Scopes.CatalogueRead, Scopes.DossiersRead },
            agencyIds = new[] { _catalogue.DepartmentId },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static Task<HttpResponseMessage> RequestTokenAsync(string clientId, string secret, string grant = "client_credentials", string? scope = null) =>
        TestApp.CreateClient().PostAsync("/api/auth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = grant,
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = scope ?? "",
        }));

    private static JsonElement Payload(string jwt) =>
        JsonDocument.Parse(Convert.FromBase64String(jwt.Split('.')[1].Replace('-', '+').Replace('_', '/').PadRight((jwt.Split('.')[1].Length + 3) / 4 * 4, '='))).RootElement;

    [Test]
    public async Task ShouldIssueATokenWithTheGrantedScopesAndAgencies()
    {
        var client = await CreateClientAsync();

        var response = await RequestTokenAsync(client.GetProperty("clientId").GetString()!, client.GetProperty("clientSecret").GetString()!);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        token.GetProperty("token_type").GetString().ShouldBe("Bearer");
        token.GetProperty("expires_in").GetInt32().ShouldBe(15 * 60);
        token.GetProperty("scope").GetString().ShouldBe("catalogue.read dossiers.read");
        var claims = Payload(token.GetProperty("access_token").GetString()!);
        claims.GetProperty("client_id").GetString().ShouldBe(client.GetProperty("clientId").GetString());
        claims.GetProperty("agency").GetString().ShouldBe(_catalogue.DepartmentId.ToString());
    }

    [Test]
    public async Task ShouldNarrowToRequestedScopesButNeverWiden()
    {
        var client = await CreateClientAsync();
        var (id, secret) = (client.GetProperty("clientId").GetString()!, client.GetProperty("clientSecret").GetString()!);

        var narrowed = await (await RequestTokenAsync(id, secret, scope: "catalogue.read")).Content.ReadFromJsonAsync<JsonElement>();
        var widened = await RequestTokenAsync(id, secret, scope: "catalogue.read dossiers.write");

        narrowed.GetProperty("scope").GetString().ShouldBe("catalogue.read");
        widened.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await widened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString().ShouldBe("invalid_scope");
    }

    [Test]
    public async Task ShouldRefuseAWrongSecretAnUnknownGrantAndARevokedClient()
    {
        var client = await CreateClientAsync();
        var (id, secret) = (client.GetProperty("clientId").GetString()!, client.GetProperty("clientSecret").GetString()!);

        var wrong = await RequestTokenAsync(id, secret + "x");
        (await wrong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString().ShouldBe("invalid_client");
        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var grant = await RequestTokenAsync(id, secret, grant: "password");
        grant.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await grant.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString().ShouldBe("unsupported_grant_type");

        (await _admin.PostAsync($"/api/integrator-clients/{client.GetProperty("id").GetString()}/revoke", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await RequestTokenAsync(id, secret)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var listed = (await _admin.GetFromJsonAsync<JsonElement>("/api/integrator-clients")).EnumerateArray().ShouldHaveSingleItem();
        listed.GetProperty("revokedAt").ValueKind.ShouldBe(JsonValueKind.String);
    }

    [Test]
    public async Task ShouldNeverShowTheSecretAgain()
    {
        var client = await CreateClientAsync();
        var secret = client.GetProperty("clientSecret").GetString()!;

        (await _admin.GetStringAsync("/api/integrator-clients")).ShouldNotContain(secret);
        (await _admin.GetStringAsync("/api/audit?action=integrator-client.create")).ShouldNotContain(secret);
    }

    [Test]
    public async Task ShouldRequireAgenciesForDossierScopesAndKnownScopes()
    {
        var response = await _admin.PostAsJsonAsync("/api/integrator-clients", new { name = "X", scopes = new[] { "dossiers.write", "everything" }, agencyIds = Array.Empty<Guid>() });

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["scopes[1]", "agencyIds"], ignoreOrder: true);
    }
}
