using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Security;

namespace OneStop.Infrastructure.Identity;

/// <summary>Identity's tables under plain names, the roles of domain.md as reference data, refresh tokens.</summary>
public static class IdentityConfiguration
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<ApplicationUser>(user =>
        {
            user.ToTable("users");
            user.Property(u => u.FullName).HasMaxLength(200);
            user.Property(u => u.CitizenId).HasMaxLength(12);
            user.HasIndex(u => u.CitizenId).IsUnique().HasFilter("citizen_id IS NOT NULL");
            user.Property(u => u.TaxCode).HasMaxLength(14);
            user.HasIndex(u => u.TaxCode).IsUnique().HasFilter("tax_code IS NOT NULL");
            user.HasIndex(u => u.NormalizedEmail).IsUnique().HasDatabaseName("ix_users_normalized_email_unique");
        });
        builder.Entity<IdentityRole<Guid>>(role =>
        {
            role.ToTable("roles");
            // Fixed ids and stamps: the roles are reference data written by the migration.
            role.HasData(Roles.All.Select((name, i) => new IdentityRole<Guid>
            {
                Id = new Guid($"0000000{i + 1}-0000-0000-0000-00000000a001"),
                Name = name,
                NormalizedName = name.ToUpperInvariant(),
                ConcurrencyStamp = $"role-{i + 1}",
            }));
        });
        builder.Entity<IdentityUserRole<Guid>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("role_claims");
        builder.Entity<IntegratorClient>(client =>
        {
            client.ToTable("integrator_clients");
            client.Property(c => c.ClientId).HasMaxLength(40);
            client.HasIndex(c => c.ClientId).IsUnique();
            client.Property(c => c.Name).HasMaxLength(200);
            client.Property(c => c.SecretHash).HasMaxLength(64);
        });
        builder.Entity<RefreshToken>(token =>
        {
            token.ToTable("refresh_tokens");
            token.Property(t => t.TokenHash).HasMaxLength(64);
            token.HasIndex(t => t.TokenHash).IsUnique();
            token.HasIndex(t => t.FamilyId);
            token.Property(t => t.Version).IsRowVersion();
            token.HasOne<ApplicationUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
