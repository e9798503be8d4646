using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Npgsql;
using NpgsqlTypes;
using OneStop.Application.Common.Idempotency;
using OneStop.Infrastructure.Data;

namespace OneStop.Infrastructure.Idempotency;

/// <summary>
/// Claims the key first, inside the command's transaction: a concurrent duplicate waits on the key's unique
/// index until the first commits, then fails and replays the first response. The work and its recorded
/// response commit together; if the work fails, the claim rolls back with it and the key stays free.
/// The key's row is written with plain statements rather than through the change tracker: the command saves its
/// own changes, and a save here would only detect changes again over everything the command tracked.
/// </summary>
public sealed class IdempotencyStore(ApplicationDbContext db, TimeProvider clock) : IIdempotencyStore
{
    private const string UniqueViolation = "23505";

    private const string Claim = $"""
        INSERT INTO {ApplicationDbContext.Schema}.idempotency_keys (caller_id, key, command_name, request_hash, created_at)
        VALUES (@caller, @key, @command, @hash, @at)
        """;

    private const string Answer =
        $"UPDATE {ApplicationDbContext.Schema}.idempotency_keys SET response_json = @response WHERE caller_id = @caller AND key = @key";

    private async Task<IdempotentResponse?> FindAsync(Guid callerId, string key, CancellationToken cancellationToken)
    {
        var record = await db.IdempotencyRecords.AsNoTracking()
            .SingleOrDefaultAsync(r => r.CallerId == callerId && r.Key == key && r.ResponseJson != null, cancellationToken);
        return record is null ? null : new IdempotentResponse(record.CommandName, record.RequestHash, record.ResponseJson!);
    }

    public Task<IdempotentResponse> ExecuteOnceAsync(Guid callerId, string key, string commandName, string requestHash,
        Func<CancellationToken, Task<string>> work, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async transaction =>
        {
            try
            {
                await db.Database.ExecuteSqlRawAsync(Claim,
                    [Caller(callerId), Key(key), new NpgsqlParameter("command", commandName), new NpgsqlParameter("hash", requestHash),
                        new NpgsqlParameter("at", clock.GetUtcNow())],
                    cancellationToken);
            }
            catch (PostgresException e) when (e.SqlState == UniqueViolation)
            {
                await transaction.RollbackAsync(cancellationToken);
                return await FindAsync(callerId, key, cancellationToken)
                    ?? throw new InvalidOperationException($"Idempotency key '{key}' was claimed but has no response.");
            }
            var response = await work(cancellationToken);
            await db.Database.ExecuteSqlRawAsync(Answer,
                [new NpgsqlParameter("response", NpgsqlDbType.Jsonb) { Value = response }, Caller(callerId), Key(key)], cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new IdempotentResponse(commandName, requestHash, response);
        }, cancellationToken);

    private static NpgsqlParameter Caller(Guid callerId) => new("caller", callerId);

    private static NpgsqlParameter Key(string key) => new("key", key);
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
