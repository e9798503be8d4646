using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OneStop.Application.Common.Security;
using OneStop.Testing;

namespace OneStop.Api.IntegrationTests.Procedures;

public sealed class ProcedureEndpointsTests : DatabaseTestBase
{
    private TestCatalogue _catalogue = null!;

    [SetUp]
    public async Task CreateCatalogueAsync() => _catalogue = await TestCatalogue.CreateAsync();

    private object NewProcedureBody(string code = "1.009994", decimal fee = 75_000, string? fieldId = null) => new
    {
        code,
        name = "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ",
        fieldId = fieldId ?? _catalogue.ConstructionFieldId.ToString(),
        levels = new[] { "Department" },
        implementingAgencyIds = new[] { _catalogue.DepartmentId },
        onlineLevel = "FullOnline",
        result = "Giấy phép xây dựng",
        legalBasis = "Luật Xây dựng số 50/2014/QH13",
        cases = new[]
        {
            new
            {
                name = "Nhà ở riêng lẻ tại đô thị",
                processingTime = new { value = 15, unit = "WorkingDays" },
                fees = new[] { new { amount = fee, description = "Lệ phí cấp giấy phép xây dựng" } },
                documents = new[] { new { name = "Đơn đề nghị", form = "Original", count = 1, templateFileName = (string?)null } },
            },
        },
    };

    private static async Task<int> CountAsync() =>
        await TestApp.WithDbContextAsync(db => Task.FromResult(db.Procedures.Count()));

    [Test]
    public async Task ShouldCreatePublishAndFindAProcedureOverHttp()
    {
        var admin = await TestApp.CreateClientAsync(Roles.Administrator);
        var anonymous = TestApp.CreateClient();

        var created = await admin.PostAsJsonAsync("/api/procedures", NewProcedureBody());
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        created.Headers.Location!.ToString().ShouldBe($"/api/procedures/{id}");
        (await anonymous.GetAsync($"/api/procedures/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync($"/api/procedures/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await admin.PostAsync($"/api/procedures/{id}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var page = await anonymous.GetFromJsonAsync<JsonElement>("/api/procedures?q=giay%20phep%20xay%20dung&pageSize=5");
        page.GetProperty("totalCount").GetInt32().ShouldBe(1);
        var item = page.GetProperty("items")[0];
        item.GetProperty("onlineLevel").GetString().ShouldBe("FullOnline");
        item.GetProperty("levels")[0].GetString().ShouldBe("Department");
        item.GetProperty("minProcessingTime").GetProperty("unit").GetString().ShouldBe("WorkingDays");
        var detail = await anonymous.GetFromJsonAsync<JsonElement>($"/api/procedures/by-code/1.009994");
        detail.GetProperty("field").GetProperty("name").GetString().ShouldBe("Hoạt động xây dựng");
        detail.GetProperty("implementingAgencies")[0].GetProperty("name").GetString().ShouldBe("Sở Xây dựng");
        detail.GetProperty("cases")[0].GetProperty("documents")[0].GetProperty("form").GetString().ShouldBe("Original");
    }

    [Test]
    public async Task ShouldAnswer401AnonymouslyAnd403ToANonAdministratorAndWriteNothing()
    {
        var anonymous = TestApp.CreateClient();
        var citizen = await TestApp.CreateClientAsync(Roles.Citizen);
        var processor = await TestApp.CreateClientAsync(Roles.Processor);

        await (await anonymous.PostAsJsonAsync("/api/procedures", NewProcedureBody())).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await citizen.PostAsJsonAsync("/api/procedures", NewProcedureBody())).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await processor.PostAsJsonAsync("/api/procedures", NewProcedureBody())).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await anonymous.PostAsJsonAsync("/api/fields", new { code = "DD", name = "Đất đai" })).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        (await CountAsync()).ShouldBe(0);
    }

    [Test]
    public async Task ShouldAnswer400WithFieldErrorsForBadInput()
    {
        var admin = await TestApp.CreateClientAsync(Roles.Administrator);

        var response = await admin.PostAsJsonAsync("/api/procedures", NewProcedureBody(code: "1-009994", fee: -1, fieldId: Guid.NewGuid().ToString()));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldBe(["code", "cases[0].fees[0].amount", "fieldId"], ignoreOrder: true);
        (await CountAsync()).ShouldBe(0);
    }

    [Test]
    public async Task ShouldAnswer400NamingAFieldThatIsNotValidJson()
    {
        var admin = await TestApp.CreateClientAsync(Roles.Administrator);
        var json = JsonSerializer.Serialize(NewProcedureBody()).Replace("\"FullOnline\"", "\"Sometimes\"");

        var response = await admin.PostAsync("/api/procedures", new StringContent(json, Encoding.UTF8, "application/json"));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["onlineLevel"]);
    }

    [Test]
    public async Task ShouldAnswer409ForADuplicateCode()
    {
        var admin = await TestApp.CreateClientAsync(Roles.Administrator);
        (await admin.PostAsJsonAsync("/api/procedures", NewProcedureBody())).StatusCode.ShouldBe(HttpStatusCode.Created);

        await (await admin.PostAsJsonAsync("/api/procedures", NewProcedureBody())).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await CountAsync()).ShouldBe(1);
    }

    [Test]
    public async Task ShouldAnswer409NamingTheRuleWhenUnpublishingADraft()
    {
        var admin = await TestApp.CreateClientAsync(Roles.Administrator);
        var created = await (await admin.PostAsJsonAsync("/api/procedures", NewProcedureBody())).Content.ReadFromJsonAsync<JsonElement>();

        var response = await admin.PostAsync($"/api/procedures/{created.GetProperty("id").GetString()}/unpublish", null);

        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("type").GetString().ShouldBe("/problems/procedure-version-conflict");
    }

    [Test]
    public async Task ShouldDissolveAnAgencyOnlyAsAnAdministrator()
    {
        var body = new { validTo = "2025-12-31", successorId = _catalogue.CommuneId };
        var path = $"/api/agencies/{_catalogue.DepartmentId}/dissolve";

        await (await TestApp.CreateClient().PostAsJsonAsync(path, body)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await (await TestApp.CreateClientAsync(Roles.Leader)).PostAsJsonAsync(path, body)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var response = await (await TestApp.CreateClientAsync(Roles.Administrator)).PostAsJsonAsync(path, body);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("validTo").GetString().ShouldBe("2025-12-31");
        var self = await (await TestApp.CreateClientAsync(Roles.Administrator)).PostAsJsonAsync(path, new { validTo = "2025-12-31", successorId = _catalogue.DepartmentId });
        (await self.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["successorId"]);
    }

    [TestCase("/api/procedures/00000000-0000-0000-0000-000000000001")]
    [TestCase("/api/procedures/by-code/9.999999")]
    [TestCase("/api/procedures/00000000-0000-0000-0000-000000000001/versions")]
    [TestCase("/api/no-such-resource")]
    public async Task ShouldAnswer404AsProblemDetails(string path) =>
        await (await TestApp.CreateClient().GetAsync(path)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

    [TestCase("pageSize=1000", "pageSize")]
    [TestCase("pageNumber=0", "pageNumber")]
    public async Task ShouldAnswer400ForABadPage(string query, string field) =>
        (await (await TestApp.CreateClient().GetAsync($"/api/procedures?{query}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .ErrorKeys().ShouldBe([field]);

    [Test]
    public async Task ShouldAnswer400ForAnUnknownFilterValue() =>
        await (await TestApp.CreateClient().GetAsync("/api/procedures?onlineLevel=Sometimes")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

    [Test]
    public async Task ShouldReturnTheCorrelationIdItWasGiven()
    {
        var client = TestApp.CreateClient();
        client.DefaultRequestHeaders.Add("X-Correlation-ID", "abc-123");

        var response = await client.GetAsync("/api/fields");

        response.Headers.GetValues("X-Correlation-ID").ShouldBe(["abc-123"]);
    }
}
