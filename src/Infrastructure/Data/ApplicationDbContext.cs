using System.Reflection;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OneStop.Application.Common.Interfaces;
using OneStop.Domain.Agencies;
using OneStop.Domain.Audit;
using OneStop.Domain.Calendar;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Feedbacks;
using OneStop.Domain.Satisfaction;
using OneStop.Domain.Fields;
using OneStop.Domain.Procedures;
using OneStop.Infrastructure.Identity;
using OneStop.Infrastructure.Idempotency;

namespace OneStop.Infrastructure.Data;

public sealed class ApplicationDbContext(DbContextOptions<ApplicationDbContext> options)
    : IdentityDbContext<ApplicationUser, IdentityRole<Guid>, Guid>(options), IApplicationDbContext
{
    public const string Schema = "onestop";

    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<Field> Fields => Set<Field>();
    public DbSet<Procedure> Procedures => Set<Procedure>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Dossier> Dossiers => Set<Dossier>();
    public DbSet<WorkingCalendarYear> WorkingCalendarYears => Set<WorkingCalendarYear>();
    public DbSet<Feedback> Feedbacks => Set<Feedback>();
    public DbSet<DossierRating> DossierRatings => Set<DossierRating>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();
    public DbSet<IntegratorClient> IntegratorClients => Set<IntegratorClient>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.HasDefaultSchema(Schema);
        IdentityConfiguration.Configure(modelBuilder);
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.ApplyConfigurationsFromAssembly(Assembly.GetExecutingAssembly());
    }

    /// <summary>
    /// PostgreSQL's timestamptz takes UTC only; instants computed on the working calendar carry the province's
    /// offset (+07:00), so every instant is stored as the same moment in UTC.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();

    private sealed class UtcInstantConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTimeOffset, DateTimeOffset>(
        instant => instant.ToUniversalTime(), instant => instant);

    public Task<Guid> GetCatalogueRevisionAsync(CancellationToken cancellationToken) =>
        Database.SqlQueryRaw<Guid>($"SELECT revision AS \"Value\" FROM {Schema}.catalogue_state WHERE id = 1").SingleAsync(cancellationToken);

    public void DiscardChanges() => ChangeTracker.Clear();

    /// <summary>
    /// Runs work in a transaction whose saves take no savepoint. EF Core otherwise wraps each save inside a transaction
    /// in SAVEPOINT … RELEASE, two more round trips, so that a failed save leaves the transaction usable; the units of
    /// work run here (a command, with its idempotency key) fail and roll back whole instead.
    /// </summary>
    public async Task<T> InTransactionAsync<T>(Func<IDbContextTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        Database.AutoSavepointsEnabled = false;
        try
        {
            await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
            return await work(transaction);
        }
        finally
        {
            Database.AutoSavepointsEnabled = true;
        }
    }

    /// <summary>Publishes the domain events of a save to the handlers of the request that leased this pooled context.</summary>
    internal IPublisher? Publisher { get; set; }

    /// <summary>Domain events are dispatched asynchronously inside the save, so a synchronous save is not offered.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new InvalidOperationException("Use SaveChangesAsync: domain events are dispatched asynchronously within the save.");
}
