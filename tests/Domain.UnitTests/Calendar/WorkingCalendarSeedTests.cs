using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using OneStop.Domain.Calendar;
using static OneStop.Domain.UnitTests.Calendar.CalendarTestData;

namespace OneStop.Domain.UnitTests.Calendar;

/// <summary>The seed shipped in src/Infrastructure/Data/Seed/working-calendar.json must satisfy the domain's rules.</summary>
public sealed class WorkingCalendarSeedTests
{
    private const string SeedPath = "src/Infrastructure/Data/Seed/working-calendar.json";

    [Test]
    public void ShouldSeedValidYearsWithTheirHolidaysAndMakeUpDays()
    {
        var seed = JsonSerializer.Deserialize<SeedFile>(File.ReadAllText(FindSeed()), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

        var years = seed.Years.Select(y => WorkingCalendarYear.Create(
            y.Year,
            y.Sessions.Select(s => new OfficeSession(Time(s.Start), Time(s.End))),
            Time(y.CutOff),
            y.Holidays.Select(d => new CalendarDay(Day(d.Date), d.Name)),
            y.MakeUpWorkingDays.Select(d => new CalendarDay(Day(d.Date), d.Name)))).ToList();
        var calendar = new WorkingCalendar(years, Vietnam);

        years.Select(y => y.Year).ShouldBe([2025, 2026, 2027]);
        calendar.IsWorkingDay(Day("2026-02-16")).ShouldBeFalse();
        calendar.IsWorkingDay(Day("2026-08-22")).ShouldBeTrue();
        calendar.IsWorkingDay(Day("2026-08-31")).ShouldBeFalse();
        calendar.DueAt(At("2026-02-13 09:00"), TimeSpan.FromHours(8)).ShouldBe(At("2026-02-23 09:00"));
    }

    /// <summary>
    /// Walks up to OneStop.sln from the test assembly, and failing that (artifacts built outside the repository)
    /// from this source file.
    /// </summary>
    private static string FindSeed([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { TestContext.CurrentContext.TestDirectory, Path.GetDirectoryName(sourceFile), Environment.CurrentDirectory })
        {
            for (var directory = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "OneStop.sln")))
                {
                    return Path.Combine(directory.FullName, SeedPath);
                }
            }
        }
        throw new FileNotFoundException(string.Create(CultureInfo.InvariantCulture, $"OneStop.sln not found above the tests; cannot read {SeedPath}."));
    }

    private sealed record SeedFile(List<SeedYear> Years);

    private sealed record SeedYear(int Year, List<SeedSession> Sessions, string CutOff, List<SeedDay> Holidays, List<SeedDay> MakeUpWorkingDays);

    private sealed record SeedSession(string Start, string End);

    private sealed record SeedDay(string Date, string Name);
}
