using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Domain.Audit;

namespace OneStop.Infrastructure.Data.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Action).HasMaxLength(100);
        builder.Property(e => e.IpAddress).HasMaxLength(45);
        builder.Property(e => e.Details).HasColumnType("jsonb");
        // Reading goes newest first, filtered by action or actor.
        builder.HasIndex(e => new { e.At, e.Id });
        builder.HasIndex(e => new { e.Action, e.At });
        builder.HasIndex(e => new { e.ActorId, e.At });
        builder.Ignore(e => e.DomainEvents);
    }
}
