using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Npgsql;
using OneStop.Application.Common.Idempotency;
using OneStop.Infrastructure.Data;

namespace OneStop.Infrastructure.Idempotency;

/// <summary>
/// Claims the key first, inside the command's transaction: a concurrent duplicate waits on the key's unique
/// index until the first commits, then fails and replays the first response. The work and its recorded
/// response commit together; if the work fails, the claim rolls back with it and the key stays free.
/// </summary>
public sealed class IdempotencyStore(ApplicationDbContext db, TimeProvider clock) : IIdempotencyStore
{
    private const string UniqueViolation = "23505";

    private async Task<IdempotentResponse?> FindAsync(Guid callerId, string key, CancellationToken cancellationToken)
    {
        var record = await db.IdempotencyRecords.AsNoTracking()
            .SingleOrDefaultAsync(r => r.CallerId == callerId && r.Key == key && r.ResponseJson != null, cancellationToken);
        return record is null ? null : new IdempotentResponse(record.CommandName, record.RequestHash, record.ResponseJson!);
    }

    public async Task<IdempotentResponse> ExecuteOnceAsync(Guid callerId, string key, string commandName, string requestHash,
        Func<CancellationToken, Task<string>> work, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var record = new IdempotencyRecord(callerId, key, commandName, requestHash, clock.GetUtcNow());
        db.IdempotencyRecords.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: UniqueViolation })
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return await FindAsync(callerId, key, cancellationToken)
                ?? throw new InvalidOperationException($"Idempotency key '{key}' was claimed but has no response.");
        }
        var response = await work(cancellationToken);
        record.Answer(response);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new IdempotentResponse(commandName, requestHash, response);
    }
}

public sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_keys");
        builder.HasKey(r => new { r.CallerId, r.Key });
        builder.Property(r => r.Key).HasMaxLength(200);
        builder.Property(r => r.CommandName).HasMaxLength(200);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
        builder.Property(r => r.ResponseJson).HasColumnType("jsonb");
    }
}
