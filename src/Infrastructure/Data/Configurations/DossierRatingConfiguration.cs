using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Domain.Satisfaction;

namespace OneStop.Infrastructure.Data.Configurations;

public sealed class DossierRatingConfiguration : IEntityTypeConfiguration<DossierRating>
{
    public void Configure(EntityTypeBuilder<DossierRating> builder)
    {
        builder.ToTable("dossier_ratings");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.DossierCode).HasMaxLength(40);
        builder.Property(r => r.Comment).HasMaxLength(2000);
        builder.ComplexProperty(r => r.Scores);
        // One rating per dossier: a second one, also a concurrent one, fails here.
        builder.HasIndex(r => r.DossierId).IsUnique();
        builder.HasIndex(r => new { r.AgencyId, r.RatedAt });
        builder.Ignore(r => r.DomainEvents);
    }
}
