using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Domain.Dossiers;

namespace OneStop.Infrastructure.Data.Configurations;

public sealed class DossierConfiguration : IEntityTypeConfiguration<Dossier>
{
    public void Configure(EntityTypeBuilder<Dossier> builder)
    {
        builder.ToTable("dossiers");
        builder.Property(d => d.Id).ValueGeneratedNever();
        // xmin: two officers acting on one dossier, one wins (style.md, decision 7).
        builder.Property(d => d.Version).IsRowVersion();
        builder.Property(d => d.Code).HasMaxLength(40);
        builder.HasIndex(d => d.Code).IsUnique().HasFilter("code IS NOT NULL");
        // Submitted dossiers still waiting for their code (ADR-008): normally none, so UnnumberedDossierSweeper's
        // periodic look-up reads this tiny index instead of scanning every dossier.
        builder.HasIndex(d => d.SubmittedAt).HasDatabaseName("ix_dossiers_unnumbered").HasFilter("code IS NULL AND status <> 0");
        builder.Property(d => d.ProcedureCode).HasMaxLength(20);
        builder.Property(d => d.ProcedureName).HasMaxLength(500);
        builder.Property(d => d.CaseName).HasMaxLength(500);
        builder.Property(d => d.Fee).HasPrecision(14, 0);
        builder.Property(d => d.AmountDue).HasPrecision(14, 0);
        builder.Property<DossierStatus?>("StatusBeforePayment");
        builder.PrimitiveCollection(d => d.RequiredDocuments).HasField("_requiredDocuments");

        builder.ComplexProperty(d => d.Applicant, applicant =>
        {
            applicant.Property(a => a.FullName).HasMaxLength(200);
            applicant.Property(a => a.IdentityNumber).HasMaxLength(20);
            applicant.Property(a => a.Phone).HasMaxLength(20);
            applicant.Property(a => a.Email).HasMaxLength(254);
            applicant.Property(a => a.Address).HasMaxLength(500);
        });
        builder.ComplexProperty(d => d.Representative, representative =>
        {
            representative.Property(r => r.FullName).HasMaxLength(200);
            representative.Property(r => r.IdentityNumber).HasMaxLength(20);
            representative.Property(r => r.Phone).HasMaxLength(20);
            representative.Property(r => r.Relationship).HasMaxLength(200);
        });

        // The process is read and written whole with its dossier.
        builder.OwnsMany(d => d.Steps, steps => steps.ToJson("steps"));
        builder.Navigation(d => d.Steps).HasField("_steps");

        builder.HasMany(d => d.Documents).WithOne().HasForeignKey(x => x.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Documents).HasField("_documents");
        builder.HasMany(d => d.History).WithOne().HasForeignKey(x => x.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.History).HasField("_history");
        builder.HasMany(d => d.SubDossiers).WithOne().HasForeignKey(x => x.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.SubDossiers).HasField("_subDossiers");

        // Keyset paging on the time-ordered id: the inbox of an agency (all, or one status) and an applicant's list.
        builder.HasIndex(d => new { d.HoldingAgencyId, d.Id }).IsDescending(false, true);
        builder.HasIndex(d => new { d.HoldingAgencyId, d.Status, d.Id }).IsDescending(false, false, true);
        builder.HasIndex(d => new { d.OwnerId, d.Id }).IsDescending(false, true).HasFilter("owner_id IS NOT NULL");
        builder.Ignore(d => d.DomainEvents);
    }
}

public sealed class DossierDocumentConfiguration : IEntityTypeConfiguration<DossierDocument>
{
    public void Configure(EntityTypeBuilder<DossierDocument> builder)
    {
        builder.ToTable("dossier_documents");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.FileName).HasMaxLength(255);
        builder.Property(d => d.ContentType).HasMaxLength(100);
        builder.Property(d => d.Sha256).HasMaxLength(64);
        builder.Property(d => d.StorageKey).HasMaxLength(200);
        builder.HasIndex(d => d.StorageKey).IsUnique();
    }
}

public sealed class DossierHistoryEntryConfiguration : IEntityTypeConfiguration<DossierHistoryEntry>
{
    public void Configure(EntityTypeBuilder<DossierHistoryEntry> builder)
    {
        builder.ToTable("dossier_history");
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.ActorName).HasMaxLength(200);
        builder.Property(h => h.Note).HasMaxLength(4000);
        builder.Property(h => h.StepName).HasMaxLength(200);
        builder.PrimitiveCollection(h => h.DocumentIds).HasField("_documentIds");
        // Append-only: one line per position, so two writers cannot both add "the next" line.
        builder.HasIndex(h => new { h.DossierId, h.Sequence }).IsUnique();
    }
}

public sealed class SubDossierConfiguration : IEntityTypeConfiguration<SubDossier>
{
    public void Configure(EntityTypeBuilder<SubDossier> builder)
    {
        builder.ToTable("sub_dossiers");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Request).HasMaxLength(4000);
        builder.Property(s => s.Answer).HasMaxLength(4000);
        builder.HasIndex(s => new { s.AgencyId, s.Status });
    }
}
