using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Domain.Agencies;

namespace OneStop.Infrastructure.Data.Configurations;

public sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> builder)
    {
        builder.ToTable("agencies");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Code).HasMaxLength(13);
        builder.HasIndex(a => a.Code).IsUnique();
        builder.Property(a => a.Name).HasMaxLength(300);
        builder.Property(a => a.Path).HasMaxLength(2000);
        // text_pattern_ops lets "path LIKE 'prefix%'" (a subtree) use the index under any collation.
        builder.HasIndex(a => a.Path).HasOperators("text_pattern_ops");
        builder.HasOne<Agency>().WithMany().HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agency>().WithMany().HasForeignKey(a => a.SuccessorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agency>().WithMany().HasForeignKey(a => a.CounterAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(a => a.DomainEvents);
    }
}
