using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Domain.Feedbacks;

namespace OneStop.Infrastructure.Data.Configurations;

public sealed class FeedbackConfiguration : IEntityTypeConfiguration<Feedback>
{
    public void Configure(EntityTypeBuilder<Feedback> builder)
    {
        builder.ToTable("feedbacks");
        builder.Property(f => f.Id).ValueGeneratedNever();
        // xmin: two officers acting on one feedback, one wins.
        builder.Property(f => f.Version).IsRowVersion();
        builder.Property(f => f.Code).HasMaxLength(30);
        builder.HasIndex(f => f.Code).IsUnique();
        builder.Property(f => f.Title).HasMaxLength(250);
        builder.Property(f => f.Content).HasMaxLength(10000);
        builder.Property(f => f.SearchText).HasMaxLength(10300);
        builder.Property(f => f.RelatedDossierCode).HasMaxLength(40);
        builder.Property(f => f.DraftText).HasMaxLength(20000);
        builder.Property(f => f.DraftedByName).HasMaxLength(200);
        builder.Property(f => f.DraftReturnNote).HasMaxLength(2000);
        builder.Property(f => f.ClosingReason).HasMaxLength(2000);
        builder.Property(f => f.Redirection).HasMaxLength(2000);
        builder.ComplexProperty(f => f.Contact, contact =>
        {
            contact.Property(c => c.FullName).HasMaxLength(200);
            contact.Property(c => c.PhoneNumber).HasMaxLength(20);
            contact.Property(c => c.Email).HasMaxLength(256);
            contact.Property(c => c.CitizenId).HasMaxLength(12);
        });

        builder.HasMany(f => f.Attachments).WithOne().HasForeignKey(a => a.FeedbackId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(f => f.Attachments).HasField("_attachments");
        builder.HasMany(f => f.History).WithOne().HasForeignKey(h => h.FeedbackId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(f => f.History).HasField("_history");
        builder.HasMany(f => f.Answers).WithOne().HasForeignKey(a => a.FeedbackId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(f => f.Answers).HasField("_answers");
        builder.Ignore(f => f.Answer);

        // Keyset paging on the time-ordered id: an agency's inbox, a submitter's list, the public list.
        builder.HasIndex(f => new { f.HandlingAgencyId, f.Status, f.Id }).IsDescending(false, false, true);
        builder.HasIndex(f => new { f.OwnerId, f.Id }).IsDescending(false, true).HasFilter("owner_id IS NOT NULL");
        builder.HasIndex(f => f.Id).IsDescending().HasFilter("published_at IS NOT NULL").HasDatabaseName("ix_feedbacks_published");
        builder.Ignore(f => f.DomainEvents);
    }
}

public sealed class FeedbackAttachmentConfiguration : IEntityTypeConfiguration<FeedbackAttachment>
{
    public void Configure(EntityTypeBuilder<FeedbackAttachment> builder)
    {
        builder.ToTable("feedback_attachments");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.FileName).HasMaxLength(255);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.Sha256).HasMaxLength(64);
        builder.Property(a => a.StorageKey).HasMaxLength(200);
        builder.HasIndex(a => a.StorageKey).IsUnique();
    }
}

public sealed class FeedbackHistoryEntryConfiguration : IEntityTypeConfiguration<FeedbackHistoryEntry>
{
    public void Configure(EntityTypeBuilder<FeedbackHistoryEntry> builder)
    {
        builder.ToTable("feedback_history");
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.ActorName).HasMaxLength(200);
        builder.Property(h => h.Note).HasMaxLength(4200);
        // Append-only: one line per position.
        builder.HasIndex(h => new { h.FeedbackId, h.Sequence }).IsUnique();
        // Officers see what their agency handled: every hop's target agency.
        builder.HasIndex(h => h.ToAgencyId).HasFilter("to_agency_id IS NOT NULL");
    }
}

public sealed class FeedbackAnswerConfiguration : IEntityTypeConfiguration<FeedbackAnswer>
{
    public void Configure(EntityTypeBuilder<FeedbackAnswer> builder)
    {
        builder.ToTable("feedback_answers");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Text).HasMaxLength(20000);
        builder.Property(a => a.DraftedByName).HasMaxLength(200);
        builder.Property(a => a.ApprovedByName).HasMaxLength(200);
        builder.Property(a => a.RatingComment).HasMaxLength(2000);
        builder.HasIndex(a => new { a.FeedbackId, a.Sequence }).IsUnique();
    }
}
