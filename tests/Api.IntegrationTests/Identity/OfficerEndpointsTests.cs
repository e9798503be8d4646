using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Application.Common.Security;
using OneStop.Testing;

namespace OneStop.Api.IntegrationTests.Identity;

public sealed class OfficerEndpointsTests : DatabaseTestBase
{
    private TestCatalogue _catalogue = null!;

    [SetUp]
    public async Task CreateCatalogueAsync() => _catalogue = await TestCatalogue.CreateAsync();

    private object Officer(string email = "tiepnhan@khanhhoa.gov.vn", params string[] roles) => new
    {
        fullName = "Trần Thị Bích",
        email,
        phoneNumber = "0905111222",
        agencyId = _catalogue.DepartmentId,
        roles = roles.Length > 0 ? roles : [Roles.Receptionist, Roles.Processor],
    };

    [Test]
    public async Task ShouldCreateAnOfficerWhoCanSignInWithTheInitialPassword()
    {
        var admin = await TestApp.CreateClientAsync(Roles.Administrator);

        var response = await admin.PostAsJsonAsync("/api/officers", Officer());

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var signIn = await TestApp.CreateClient().PostAsJsonAsync("/api/auth/sign-in",
            new { login = "tiepnhan@khanhhoa.gov.vn", password = created.GetProperty("initialPassword").GetString() });
        signIn.StatusCode.ShouldBe(HttpStatusCode.OK);
        var officerClient = TestApp.CreateClient();
        officerClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        var me = await officerClient.GetFromJsonAsync<JsonElement>("/api/auth/me");
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe([Roles.Processor, Roles.Receptionist], ignoreOrder: true);
        var listed = await admin.GetFromJsonAsync<JsonElement>($"/api/officers?agencyId={_catalogue.DepartmentId}");
        listed.EnumerateArray().ShouldHaveSingleItem().GetProperty("agencyId").GetString().ShouldBe(_catalogue.DepartmentId.ToString());
    }

    [Test]
    public async Task ShouldKeepTheInitialPasswordOutOfTheAuditLog()
    {
        var admin = await TestApp.CreateClientAsync(Roles.Administrator);
        var created = await (await admin.PostAsJsonAsync("/api/officers", Officer())).Content.ReadFromJsonAsync<JsonElement>();

        var audit = await admin.GetStringAsync("/api/audit?action=officer.create");

        audit.ShouldContain("tiepnhan@khanhhoa.gov.vn");
        audit.ShouldNotContain(created.GetProperty("initialPassword").GetString()!);
    }

    [Test]
    public async Task ShouldRejectBadRolesAnUnknownAgencyAndADuplicate()
    {
        var admin = await TestApp.CreateClientAsync(Roles.Administrator);
        await admin.PostAsJsonAsync("/api/officers", Officer());

        var citizenRole = await (await admin.PostAsJsonAsync("/api/officers", Officer("a@khanhhoa.gov.vn", Roles.Citizen)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        citizenRole.ErrorKeys().ShouldBe(["roles[0]"]);
        var unknownAgency = await (await admin.PostAsJsonAsync("/api/officers", new
        {
            fullName = "X", email = "b@khanhhoa.gov.vn", phoneNumber = "0905111222", agencyId = Guid.NewGuid(), roles = new[] { Roles.Leader },
        })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        unknownAgency.ErrorKeys().ShouldBe(["agencyId"]);
        await (await admin.PostAsJsonAsync("/api/officers", Officer())).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await admin.GetFromJsonAsync<JsonElement>("/api/officers")).GetArrayLength().ShouldBe(1);
    }

    [Test]
    public async Task ShouldChangeAnOfficersRolesForTheNextSignIn()
    {
        var admin = await TestApp.CreateClientAsync(Roles.Administrator);
        var created = await (await admin.PostAsJsonAsync("/api/officers", Officer(roles: [Roles.Receptionist]))).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString();

        var changed = await admin.PutAsJsonAsync($"/api/officers/{id}/roles", new { roles = new[] { Roles.Processor, Roles.Leader } });

        changed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var officer = (await admin.GetFromJsonAsync<JsonElement>("/api/officers")).EnumerateArray().Single(o => o.GetProperty("id").GetString() == id);
        officer.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe([Roles.Leader, Roles.Processor]);
        (await admin.PutAsJsonAsync($"/api/officers/{id}/roles", new { roles = new[] { Roles.Citizen } })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.PutAsJsonAsync($"/api/officers/{Guid.NewGuid()}/roles", new { roles = new[] { Roles.Leader } })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ShouldRefuseADeactivatedOfficersSignInAndRenewalUntilReactivated()
    {
        var admin = await TestApp.CreateClientAsync(Roles.Administrator);
        var created = await (await admin.PostAsJsonAsync("/api/officers", Officer())).Content.ReadFromJsonAsync<JsonElement>();
        var (id, password) = (created.GetProperty("id").GetString(), created.GetProperty("initialPassword").GetString());
        var anonymous = TestApp.CreateClient();
        var session = await (await anonymous.PostAsJsonAsync("/api/auth/sign-in", new { login = "tiepnhan@khanhhoa.gov.vn", password })).Content.ReadFromJsonAsync<JsonElement>();

        (await admin.PostAsync($"/api/officers/{id}/deactivate", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await anonymous.PostAsJsonAsync("/api/auth/sign-in", new { login = "tiepnhan@khanhhoa.gov.vn", password })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = session.GetProperty("refreshToken").GetString() }))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await admin.GetFromJsonAsync<JsonElement>("/api/officers")).EnumerateArray().Single(o => o.GetProperty("id").GetString() == id)
            .GetProperty("active").GetBoolean().ShouldBeFalse();

        (await admin.PostAsync($"/api/officers/{id}/reactivate", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await anonymous.PostAsJsonAsync("/api/auth/sign-in", new { login = "tiepnhan@khanhhoa.gov.vn", password })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task ShouldListAnOfficersActiveColleaguesOfTheSameAgencyOnly()
    {
        var admin = await TestApp.CreateClientAsync(Roles.Administrator);
        var colleague = await (await admin.PostAsJsonAsync("/api/officers", Officer("chuyenvien@khanhhoa.gov.vn", Roles.Processor))).Content.ReadFromJsonAsync<JsonElement>();
        var away = await (await admin.PostAsJsonAsync("/api/officers", Officer("nghiphep@khanhhoa.gov.vn", Roles.Leader))).Content.ReadFromJsonAsync<JsonElement>();
        await admin.PostAsync($"/api/officers/{away.GetProperty("id").GetString()}/deactivate", null);
        var created = await (await admin.PostAsJsonAsync("/api/officers", Officer())).Content.ReadFromJsonAsync<JsonElement>();
        var session = await (await TestApp.CreateClient().PostAsJsonAsync("/api/auth/sign-in",
            new { login = "tiepnhan@khanhhoa.gov.vn", password = created.GetProperty("initialPassword").GetString() })).Content.ReadFromJsonAsync<JsonElement>();
        var officer = TestApp.CreateClient();
        officer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.GetProperty("accessToken").GetString());

        var colleagues = await officer.GetFromJsonAsync<JsonElement>("/api/officers/colleagues");

        var ids = colleagues.EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
        ids.ShouldContain(colleague.GetProperty("id").GetString());
        ids.ShouldContain(created.GetProperty("id").GetString());
        ids.ShouldNotContain(away.GetProperty("id").GetString(), "a deactivated officer is assigned nothing");
        colleagues.EnumerateArray().Any(c => c.TryGetProperty("email", out _)).ShouldBeFalse("colleagues see no contact details");
        var elsewhere = await (await TestApp.CreateClientAsync(Roles.Processor)).GetFromJsonAsync<JsonElement>("/api/officers/colleagues");
        elsewhere.EnumerateArray().Select(c => c.GetProperty("id").GetString())
            .ShouldNotContain(colleague.GetProperty("id").GetString(), "another agency's officers are not colleagues");
    }
}
