using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Interfaces;
using OneStop.Domain.Agencies;
using OneStop.Domain.Dossiers;

namespace OneStop.Application.Dossiers.Common;

/// <summary>Gives a dossier its code for the receiving agency's local day and submits it (inside the caller's transaction).</summary>
public sealed class DossierSubmission(IApplicationDbContext db, IDossierCodeGenerator codes, IWorkingCalendarSource calendars)
{
    public async Task SubmitAsync(Dossier dossier, DossierActor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var agency = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == dossier.ReceivingAgencyId, cancellationToken);
        var localDay = DateOnly.FromDateTime(now.ToOffset(calendars.UtcOffset).DateTime);
        dossier.Submit(await codes.NextAsync(agency.Id, AgencyCode.Parse(agency.Code), localDay, cancellationToken), actor, now);
    }
}
