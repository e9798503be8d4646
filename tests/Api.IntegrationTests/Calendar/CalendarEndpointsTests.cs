using System.Net;
using System.Net.Http.Json;
using OneStop.Application.Calendar.Queries.GetWorkingCalendarYear;
using OneStop.Application.Common.Security;
using OneStop.Testing;

namespace OneStop.Api.IntegrationTests.Calendar;

public sealed class CalendarEndpointsTests : DatabaseTestBase
{
    private static object Year2026(params object[] holidays) => new
    {
        sessions = new[] { new { start = "07:30", end = "11:30" }, new { start = "13:00", end = "17:00" } },
        cutOff = "15:00",
        holidays = holidays.Length > 0 ? holidays : [new { date = "2026-02-16", name = "Tết Nguyên đán" }],
        makeUpWorkingDays = new[] { new { date = "2026-08-22", name = "Làm bù" } },
    };

    [Test]
    public async Task ShouldAnswerAnUnconfiguredYearWithTheDefaults()
    {
        var year = await TestApp.CreateClient().GetFromJsonAsync<WorkingCalendarYearDto>("/api/calendar/2031", DossierScenario.Json);

        year!.Configured.ShouldBeFalse();
        year.Sessions.Count.ShouldBe(2);
        year.CutOff.ShouldBe(new TimeOnly(15, 0));
        year.Holidays.ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldSaveAYearThatEveryoneCanRead()
    {
        var admin = await TestApp.CreateClientAsync(Roles.Administrator);

        (await admin.PutAsJsonAsync("/api/calendar/2026", Year2026())).StatusCode.ShouldBe(HttpStatusCode.OK);

        var year = await TestApp.CreateClient().GetFromJsonAsync<WorkingCalendarYearDto>("/api/calendar/2026", DossierScenario.Json);
        year!.Configured.ShouldBeTrue();
        year.Holidays.ShouldHaveSingleItem().Date.ShouldBe(new DateOnly(2026, 2, 16));
        year.MakeUpWorkingDays.ShouldHaveSingleItem().Date.ShouldBe(new DateOnly(2026, 8, 22));
    }

    [Test]
    public async Task ShouldRefuseAHolidayOnASaturdayAndKeepTheYearAsItWas()
    {
        var admin = await TestApp.CreateClientAsync(Roles.Administrator);
        await admin.PutAsJsonAsync("/api/calendar/2026", Year2026());

        var response = await admin.PutAsJsonAsync("/api/calendar/2026", Year2026(new { date = "2026-02-21", name = "Thứ Bảy" }));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("detail").GetString()!.ShouldContain("2026-02-21");
        (await TestApp.CreateClient().GetFromJsonAsync<WorkingCalendarYearDto>("/api/calendar/2026", DossierScenario.Json))!
            .Holidays.ShouldHaveSingleItem().Date.ShouldBe(new DateOnly(2026, 2, 16));
    }

    [Test]
    public async Task ShouldRefuseADateOfAnotherYear()
    {
        var admin = await TestApp.CreateClientAsync(Roles.Administrator);

        var response = await admin.PutAsJsonAsync("/api/calendar/2026", Year2026(new { date = "2027-01-01", name = "Tết Dương lịch" }));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }
}
