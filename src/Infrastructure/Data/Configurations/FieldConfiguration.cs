using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Domain.Fields;

namespace OneStop.Infrastructure.Data.Configurations;

public sealed class FieldConfiguration : IEntityTypeConfiguration<Field>
{
    public void Configure(EntityTypeBuilder<Field> builder)
    {
        builder.ToTable("fields");
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Code).HasMaxLength(20);
        builder.HasIndex(f => f.Code).IsUnique();
        builder.Property(f => f.Name).HasMaxLength(300);
        builder.Ignore(f => f.DomainEvents);
    }
}
