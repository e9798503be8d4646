using Microsoft.EntityFrameworkCore;
using OneStop.Domain.Agencies;
using OneStop.Domain.Audit;
using OneStop.Domain.Calendar;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Feedbacks;
using OneStop.Domain.Fields;
using OneStop.Domain.Procedures;
using OneStop.Domain.Satisfaction;

namespace OneStop.Application.Common.Interfaces;

/// <summary>The unit of work the use cases talk to. Only aggregate roots are exposed.</summary>
public interface IApplicationDbContext
{
    DbSet<Agency> Agencies { get; }
    DbSet<Field> Fields { get; }
    DbSet<Procedure> Procedures { get; }
    DbSet<AuditEntry> AuditEntries { get; }
    DbSet<Dossier> Dossiers { get; }
    DbSet<WorkingCalendarYear> WorkingCalendarYears { get; }
    DbSet<Feedback> Feedbacks { get; }
    DbSet<DossierRating> DossierRatings { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>Forgets every tracked change, e.g. after a concurrency conflict, so the current state can be read again.</summary>
    void DiscardChanges();

    /// <summary>
    /// A value that changes, when the writing transaction commits, with every write to procedures or
    /// fields: equal revisions mean the published catalogue has not changed in between.
    /// </summary>
    Task<Guid> GetCatalogueRevisionAsync(CancellationToken cancellationToken);
}
