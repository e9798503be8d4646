using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Exceptions;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Common.Security;
using OneStop.Domain.Dossiers;

namespace OneStop.Application.Dossiers.Common;

/// <summary>
/// Who the caller is towards dossiers: the capacities they act in, and which dossiers they may see. Applicants
/// see their own; officers their agency's and sub-dossiers sent to it; a Supervisor the agency's subtree; an
/// integrator the agencies its token names. Anything else is answered as if it did not exist (404).
/// </summary>
public sealed class DossierAccess(IApplicationDbContext db, IUser user)
{
    public Guid UserId => user.Id ?? throw new UnauthorizedAccessException();

    public DossierActor Actor => new(UserId, user.Name ?? "", user.AgencyIds.Count == 1 ? user.AgencyIds[0] : null, Capacities);

    public bool IsApplicant => user.Roles.Any(r => r is Roles.Citizen or Roles.Organisation);

    public bool IsIntegrator => user.Scopes.Count > 0;

    /// <summary>The agency whose inbox an officer works in.</summary>
    public Guid OfficerAgencyId => user.AgencyIds.Count == 1 && !IsIntegrator
        ? user.AgencyIds[0]
        : throw new UnauthorizedAccessException("Only an officer of an agency has an inbox.");

    private DossierRole Capacities =>
        user.Roles.Aggregate(DossierRole.None, (roles, role) => roles | role switch
        {
            Roles.Citizen or Roles.Organisation => DossierRole.Applicant,
            Roles.Receptionist => DossierRole.Receptionist,
            Roles.Processor => DossierRole.Processor,
            Roles.Leader => DossierRole.Leader,
            _ => DossierRole.None,
        });

    /// <summary>The dossiers the caller may read.</summary>
    public async Task<IQueryable<Dossier>> VisibleAsync(CancellationToken cancellationToken)
    {
        var dossiers = db.Dossiers.AsQueryable();
        var id = UserId;
        if (IsApplicant)
        {
            return dossiers.Where(d => d.OwnerId == id);
        }
        var agencies = await db.AgencyScopeAsync(user, user.AgencyIds, cancellationToken);
        return dossiers.Where(d => d.Status != DossierStatus.Draft || d.CreatedBy == id)
            .Where(d => agencies.Contains(d.ReceivingAgencyId) || agencies.Contains(d.CompetentAgencyId) || agencies.Contains(d.HoldingAgencyId) ||
                        d.SubDossiers.Any(s => agencies.Contains(s.AgencyId)));
    }

    /// <summary>Loads a dossier with everything its verbs need, or 404 when the caller may not see it.</summary>
    public async Task<Dossier> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var visible = await VisibleAsync(cancellationToken);
        var dossier = await visible
            .Include(d => d.Documents).Include(d => d.History).Include(d => d.SubDossiers)
            // One query per collection, not their product.
            .AsSplitQuery()
            .SingleOrDefaultAsync(d => d.Id == id, cancellationToken)
            ?? throw new NotFoundException(nameof(Dossier), id);
        return dossier;
    }
}
