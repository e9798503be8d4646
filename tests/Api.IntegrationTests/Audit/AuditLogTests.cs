using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Application.Common.Security;
using OneStop.Testing;

namespace OneStop.Api.IntegrationTests.Audit;

public sealed class AuditLogTests : DatabaseTestBase
{
    private static async Task<JsonElement> ReadAsync(HttpClient admin, string query)
    {
        var response = await admin.GetAsync($"/api/audit?{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Test]
    public async Task ShouldRecordFailedAndSuccessfulSignInsAndSignOuts()
    {
        var anonymous = TestApp.CreateClient();
        var citizen = TestAccounts.NewCitizen();
        await anonymous.PostAsJsonAsync("/api/auth/register", citizen);
        await anonymous.PostAsJsonAsync("/api/auth/sign-in", new { login = citizen.Email, password = "Sai-mat-khau-1" });
        await anonymous.PostAsJsonAsync("/api/auth/sign-in", new { login = "nobody@example.vn", password = "Sai-mat-khau-1" });
        var tokens = await (await anonymous.PostAsJsonAsync("/api/auth/sign-in", new { login = citizen.Email, password = TestAccounts.Password }))
            .Content.ReadFromJsonAsync<JsonElement>();
        await anonymous.PostAsJsonAsync("/api/auth/sign-out", new { refreshToken = tokens.GetProperty("refreshToken").GetString() });
        var admin = await TestApp.CreateClientAsync(Roles.Administrator);

        var failed = await ReadAsync(admin, "action=sign-in.failed");
        var succeeded = await ReadAsync(admin, "action=sign-in.succeeded");
        var signedOut = await ReadAsync(admin, "action=token.signed-out");

        failed.GetProperty("totalCount").GetInt32().ShouldBe(2);
        var reasons = failed.GetProperty("items").EnumerateArray()
            .Select(e => JsonDocument.Parse(e.GetProperty("details").GetString()!).RootElement.GetProperty("reason").GetString());
        reasons.ShouldBe(["unknown account", "wrong password"]);   // newest first
        // The administrator's own sign-in (by the test helper) is there too.
        succeeded.GetProperty("totalCount").GetInt32().ShouldBe(2);
        signedOut.GetProperty("totalCount").GetInt32().ShouldBe(1);
    }

    [Test]
    public async Task ShouldRecordWhoMadeAnAdministratorChangeAndWhat()
    {
        var admin = await TestApp.CreateClientAsync(Roles.Administrator);
        var me = await (await admin.GetAsync("/api/auth/me")).Content.ReadFromJsonAsync<JsonElement>();

        (await admin.PostAsJsonAsync("/api/fields", new { code = "DD", name = "Đất đai" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        await admin.PostAsJsonAsync("/api/fields", new { code = "", name = "" });   // refused: no change, no entry

        var page = await ReadAsync(admin, "action=field.create");
        var entry = page.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        entry.GetProperty("actorId").GetString().ShouldBe(me.GetProperty("id").GetString());
        JsonDocument.Parse(entry.GetProperty("details").GetString()!).RootElement.GetProperty("name").GetString().ShouldBe("Đất đai");
    }

    [Test]
    public async Task ShouldPageAndFilterByActorAndTime()
    {
        var admin = await TestApp.CreateClientAsync(Roles.Administrator);
        var me = await (await admin.GetAsync("/api/auth/me")).Content.ReadFromJsonAsync<JsonElement>();
        foreach (var code in new[] { "F1", "F2", "F3" })
        {
            await admin.PostAsJsonAsync("/api/fields", new { code, name = $"Lĩnh vực {code}" });
        }

        var page = await ReadAsync(admin, $"actorId={me.GetProperty("id").GetString()}&action=field.create&pageSize=2");
        var future = await ReadAsync(admin, $"from={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(1).ToString("O"))}");

        page.GetProperty("totalCount").GetInt32().ShouldBe(3);
        page.GetProperty("items").GetArrayLength().ShouldBe(2);
        page.GetProperty("hasNextPage").GetBoolean().ShouldBeTrue();
        future.GetProperty("totalCount").GetInt32().ShouldBe(0);
    }
}
