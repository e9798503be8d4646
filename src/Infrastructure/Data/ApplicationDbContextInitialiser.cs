using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OneStop.Domain.Agencies;
using OneStop.Domain.Fields;
using OneStop.Domain.Procedures;
using OneStop.Infrastructure.Data.Seed;
using OneStop.Infrastructure.Identity;

namespace OneStop.Infrastructure.Data;

/// <summary>Applies the committed migrations and, on an empty database, seeds the demo province.</summary>
public sealed class ApplicationDbContextInitialiser(
    ApplicationDbContext db, UserManager<ApplicationUser> users, TimeProvider clock, ILogger<ApplicationDbContextInitialiser> logger)
{
    /// <summary>The day the demo organisation tree starts: the two-tier reform of 1 July 2025.</summary>
    private static readonly DateOnly ReformDay = new(2025, 7, 1);

    public Task MigrateAsync(CancellationToken cancellationToken = default) => db.Database.MigrateAsync(cancellationToken);

    /// <summary>
    /// Seeds what is missing, once each: the catalogue on a database without agencies, the working calendar
    /// on one without calendar years, the demo
    /// accounts and integrator on one without accounts (a database seeded before accounts existed).
    /// </summary>
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (!await db.Agencies.AnyAsync(cancellationToken))
        {
            await SeedCatalogueAsync(now, cancellationToken);
        }
        if (!await db.WorkingCalendarYears.AnyAsync(cancellationToken))
        {
            db.WorkingCalendarYears.AddRange(WorkingCalendarSeed.Load().Years.Select(y => y.ToYear()));
            await db.SaveChangesAsync(cancellationToken);
        }
        if (!await db.Users.AnyAsync(cancellationToken))
        {
            var accounts = DemoAccounts.Load();
            var agencyIds = await db.Agencies.ToDictionaryAsync(a => a.Code, a => a.Id, cancellationToken);
            await accounts.CreateAsync(users, agencyIds);
            db.IntegratorClients.Add(accounts.IntegratorClientFor(agencyIds, now));
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Seeded {Accounts} demo accounts and a demo integrator client", accounts.Accounts.Count);
        }
    }

    private async Task SeedCatalogueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var seed = CatalogueSeed.Load();
        var agencies = new Dictionary<string, Agency>();
        foreach (var row in seed.Agencies)
        {
            var code = AgencyCode.Parse(row.Code);
            agencies[row.Code] = row.ParentCode is null
                ? Agency.CreateProvince(code, row.Name, ReformDay)
                : Agency.CreateUnder(agencies[row.ParentCode], code, row.Name, row.Level, ReformDay);
        }
        // Departments' dossiers are received at the province's Public Administration Service Center.
        var counter = agencies[seed.ProvinceCounterCode];
        foreach (var department in agencies.Values.Where(a => a.Level == AgencyLevel.Department && a != counter))
        {
            department.ReceiveDossiersAt(counter);
        }
        var fields = seed.Fields.ToDictionary(f => f.Code, f => Field.Create(f.Code, f.Name));
        var procedures = seed.Procedures.Select(row =>
        {
            var content = row.ToContent(fields[row.FieldCode].Id, row.AgencyCodes.Select(c => agencies[c].Id).ToList());
            var procedure = Procedure.Create(ProcedureCode.Parse(row.Code), content, now);
            procedure.Publish(now, currentlyPublished: null);
            return procedure;
        }).ToList();

        db.Agencies.AddRange(agencies.Values);
        db.Fields.AddRange(fields.Values);
        db.Procedures.AddRange(procedures);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded {Agencies} agencies, {Fields} fields and {Procedures} procedures", agencies.Count, fields.Count, procedures.Count);
    }
}
