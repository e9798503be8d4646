using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using OneStop.Application.Common.Interfaces;
using OneStop.Domain.Agencies;
using OneStop.Domain.Dossiers;
using OneStop.Infrastructure.Data;

namespace OneStop.Infrastructure.Dossiers;

/// <summary>
/// Numbers dossiers per agency and local day with one upsert on a counter row. The row lock serialises
/// concurrent submissions, also across API processes; the increment belongs to the submitting transaction,
/// so a submission that rolls back gives its number back and the sequence stays gapless.
/// </summary>
public sealed class DossierCodeGenerator(ApplicationDbContext db) : IDossierCodeGenerator
{
    public async Task<DossierCode> NextAsync(Guid agencyId, AgencyCode agencyCode, DateOnly localDay, CancellationToken cancellationToken) =>
        DossierCode.Create(agencyCode, localDay, await DailyCounter.NextAsync(db, agencyId, localDay, cancellationToken));
}

/// <summary>
/// One counter row per scope (an agency; the province's feedback) and local day, incremented by an upsert inside
/// the caller's transaction: the row lock serialises concurrent writers, also across processes, and a rollback
/// gives the number back.
/// </summary>
internal static class DailyCounter
{
    private const string Next = $"""
        INSERT INTO {ApplicationDbContext.Schema}.dossier_code_sequences AS s (agency_id, day, last_value) VALUES (@scope, @day, 1)
        ON CONFLICT (agency_id, day) DO UPDATE SET last_value = s.last_value + 1
        RETURNING last_value
        """;

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
