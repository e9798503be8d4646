using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Domain.Fields;
using OneStop.Domain.Procedures;

namespace OneStop.Infrastructure.Data.Configurations;

public sealed class ProcedureConfiguration : IEntityTypeConfiguration<Procedure>
{
    public void Configure(EntityTypeBuilder<Procedure> builder)
    {
        builder.ToTable("procedures");
        // Keep heap rows narrow: the cases document and long texts move out of line, so a search that
        // visits many rows reads few pages.
        builder.HasStorageParameter("toast_tuple_target", 256);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Code).HasMaxLength(20);
        builder.Property(p => p.Name).HasMaxLength(500);
        builder.Property(p => p.Result).HasMaxLength(1000);
        builder.Property(p => p.LegalBasis).HasMaxLength(4000);
        builder.Property(p => p.SearchText).HasMaxLength(600);
        builder.Property(p => p.LowestFee).HasPrecision(14, 0);

        // One row per version; these indexes settle races between two administrators.
        builder.HasIndex(p => new { p.Code, p.VersionNumber }).IsUnique();
        builder.HasIndex(p => p.Code, "ix_procedures_code_latest").IsUnique().HasFilter("is_latest").HasDatabaseName("ix_procedures_code_latest");
        builder.HasIndex(p => p.Code, "ix_procedures_code_published").IsUnique()
            .HasFilter($"status = {(int)ProcedureStatus.Published}").HasDatabaseName("ix_procedures_code_published");
        // Catalogue search: LIKE '%word%' on the folded text is served by a trigram index.
        builder.HasIndex(p => p.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.HasIndex(p => new { p.Status, p.Name, p.Id });

        builder.HasOne<Field>().WithMany().HasForeignKey(p => p.FieldId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Procedure>().WithMany().HasForeignKey(p => p.PreviousVersionId).OnDelete(DeleteBehavior.Restrict);

        builder.PrimitiveCollection(p => p.Levels).HasField("_levels");
        builder.PrimitiveCollection(p => p.ImplementingAgencyIds).HasField("_implementingAgencyIds");
        builder.OwnsOne(p => p.FastestProcessingTime);
        // A version's cases are written and read whole, so they live in one jsonb document.
        builder.OwnsMany(p => p.Cases, cases =>
        {
            cases.ToJson("cases");
            cases.OwnsOne(c => c.ProcessingTime);
            cases.OwnsMany(c => c.Fees);
            cases.OwnsMany(c => c.Documents);
        });
        builder.Navigation(p => p.Cases).HasField("_cases");
        builder.OwnsMany(p => p.Process, process => process.ToJson("process"));
        builder.Navigation(p => p.Process).HasField("_process");
        builder.Ignore(p => p.DomainEvents);
    }
}
