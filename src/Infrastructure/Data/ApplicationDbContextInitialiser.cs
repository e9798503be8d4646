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

    /// <summary>Seeds once: a database that already has agencies is left as it is.</summary>
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Agencies.AnyAsync(cancellationToken))
        {
            return;
        }
        var seed = CatalogueSeed.Load();
        var now = clock.GetUtcNow();

        var agencies = new Dictionary<string, Agency>();
        foreach (var row in seed.Agencies)
        {
            var code = AgencyCode.Parse(row.Code);
            agencies[row.Code] = row.ParentCode is null
                ? Agency.CreateProvince(code, row.Name, ReformDay)
                : Agency.CreateUnder(agencies[row.ParentCode], code, row.Name, row.Level, ReformDay);
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
        var accounts = DemoAccounts.Load();
        await accounts.CreateAsync(users, agencies.ToDictionary(a => a.Key, a => a.Value.Id));
        logger.LogInformation("Seeded {Agencies} agencies, {Fields} fields, {Procedures} procedures and {Accounts} demo accounts",
            agencies.Count, fields.Count, procedures.Count, accounts.Accounts.Count);
    }
}
