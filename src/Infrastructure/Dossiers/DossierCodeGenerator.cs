using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using OneStop.Application.Common.Interfaces;
using OneStop.Domain.Agencies;
using OneStop.Domain.Dossiers;
using OneStop.Infrastructure.Data;

namespace OneStop.Infrastructure.Dossiers;

/// <summary>
/// Numbers a submitted dossier after its submission has committed (ADR-008): one statement locks the dossier row
/// while it has no code, increments its receiving agency's counter of the day it was submitted, writes the code and
/// completes the answer recorded under the request's idempotency key with the code and the new version. The counter
/// row stays locked only while that statement and its commit run, not for a whole submission; the increment and the
/// code commit together, so the day's sequence stays gapless, and the code-less guard makes a second numbering of the
/// same dossier (a retried request, the sweeper) a no-op that answers the code given before.
/// </summary>
public sealed class DossierCodeGenerator(ApplicationDbContext db, IWorkingCalendarSource calendars) : IDossierCodeGenerator
{
    // The code mirrors DossierCode.Create: {agency}-{yymmdd}-{sequence in at least four digits}.
    private static readonly string Number = $"""
        WITH d AS (
            SELECT d.id, d.receiving_agency_id, a.code AS agency_code, ((d.submitted_at AT TIME ZONE 'UTC') + @offset)::date AS day
            FROM {ApplicationDbContext.Schema}.dossiers AS d
            JOIN {ApplicationDbContext.Schema}.agencies AS a ON a.id = d.receiving_agency_id
            WHERE d.id = @id AND d.code IS NULL AND d.status <> 0
            FOR UPDATE OF d),
        n AS ({DailyCounter.Increment("SELECT receiving_agency_id, day, 1 FROM d")}),
        numbered AS (
            UPDATE {ApplicationDbContext.Schema}.dossiers AS t
            SET code = d.agency_code || '-' || to_char(d.day, 'YYMMDD') || '-' || lpad(n.last_value::text, greatest(4, length(n.last_value::text)), '0')
            FROM d, n
            WHERE t.id = d.id
            RETURNING t.code, t.xmin),
        {Complete}
        SELECT code, xmin FROM numbered
        """;

    /// <summary>Numbered already (by a request racing this one, or by the sweeper): the code it got.</summary>
    private static readonly string Current = $"""
        WITH numbered AS (SELECT code, xmin FROM {ApplicationDbContext.Schema}.dossiers WHERE id = @id AND code IS NOT NULL),
        {Complete}
        SELECT code, xmin FROM numbered
        """;

    private const string Complete = $"""
        answer AS (
            UPDATE {ApplicationDbContext.Schema}.idempotency_keys AS k
            SET response_json = jsonb_set(jsonb_set(k.response_json, @code_path, to_jsonb(numbered.code)), @version_path, to_jsonb(numbered.xmin::text::bigint))
            FROM numbered
            WHERE k.caller_id = @caller AND k.key = @key)
        """;

    public async Task<NumberedDossier> NumberAsync(Guid dossierId, RecordedAnswer? answer, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await ReadAsync(Number, dossierId, answer, calendars.UtcOffset, cancellationToken)
                ?? await ReadAsync(Current, dossierId, answer, null, cancellationToken)
                ?? throw new InvalidOperationException($"Dossier {dossierId} is a draft or does not exist; it has no code to give.");
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<NumberedDossier?> ReadAsync(string sql, Guid dossierId, RecordedAnswer? answer, TimeSpan? utcOffset,
        CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        command.Parameters.Add(new NpgsqlParameter("id", dossierId));
        if (utcOffset is { } offset)
        {
            command.Parameters.Add(new NpgsqlParameter("offset", offset));
        }
        command.Parameters.Add(new NpgsqlParameter("caller", NpgsqlDbType.Uuid) { Value = answer?.CallerId ?? (object)DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("key", NpgsqlDbType.Text) { Value = answer?.Key ?? (object)DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("code_path", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = new[] { answer?.CodeProperty ?? "" } });
        command.Parameters.Add(new NpgsqlParameter("version_path", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = new[] { answer?.VersionProperty ?? "" } });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new NumberedDossier(reader.GetString(0), reader.GetFieldValue<uint>(1)) : null;
    }
}

/// <summary>
/// One counter row per scope (an agency; the province's feedback) and local day, incremented by an upsert inside
/// the caller's transaction: the row lock serialises concurrent writers, also across processes, and a rollback
/// gives the number back.
/// </summary>
internal static class DailyCounter
{
    /// <summary>The upsert that takes the next number of each (scope, day, 1) row <paramref name="rows"/> gives.</summary>
    public static string Increment(string rows) => $"""
        INSERT INTO {ApplicationDbContext.Schema}.dossier_code_sequences AS s (agency_id, day, last_value) {rows}
        ON CONFLICT (agency_id, day) DO UPDATE SET last_value = s.last_value + 1
        RETURNING last_value
        """;

    private static readonly string Next = Increment("VALUES (@scope, @day, 1)");

    public static async Task<int> NextAsync(ApplicationDbContext db, Guid scope, DateOnly localDay, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Codes are handed out inside the submitting transaction.");
        }
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction.GetDbTransaction();
        command.CommandText = Next;
        command.Parameters.Add(new NpgsqlParameter("scope", scope));
        command.Parameters.Add(new NpgsqlParameter("day", localDay));
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}

public sealed class DossierCodeSequenceConfiguration : IEntityTypeConfiguration<DossierCodeSequence>
{
    public void Configure(EntityTypeBuilder<DossierCodeSequence> builder)
    {
        builder.ToTable("dossier_code_sequences");
        builder.HasKey(s => new { s.AgencyId, s.Day });
    }
}
