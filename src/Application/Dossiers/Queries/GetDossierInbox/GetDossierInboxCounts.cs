using Mediator;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Dossiers.Common;
using OneStop.Domain.Dossiers;

namespace OneStop.Application.Dossiers.Queries.GetDossierInbox;

/// <summary>How many dossiers the officer's agency holds in each status, how many are due soon or overdue, and open transfers to it.</summary>
public sealed record GetDossierInboxCountsQuery : IQuery<DossierInboxCountsDto>;

public sealed record StatusCountDto(DossierStatus Status, int Count);

public sealed record DossierInboxCountsDto(IReadOnlyList<StatusCountDto> ByStatus, int DueSoon, int Overdue, int Transfers);

public sealed class GetDossierInboxCountsQueryHandler(IApplicationDbContext db, DossierAccess access, IWorkingCalendarSource calendars, TimeProvider clock)
    : IQueryHandler<GetDossierInboxCountsQuery, DossierInboxCountsDto>
{
    public async ValueTask<DossierInboxCountsDto> Handle(GetDossierInboxCountsQuery query, CancellationToken cancellationToken)
    {
        var agency = access.OfficerAgencyId;
        var (now, dueSoonBefore) = await DossierLists.DeadlineWindowAsync(calendars, clock, cancellationToken);
        var held = db.Dossiers.Where(d => d.HoldingAgencyId == agency && d.Status != DossierStatus.Draft);
        var byStatus = await held.GroupBy(d => d.Status).Select(g => new StatusCountDto(g.Key, g.Count())).ToListAsync(cancellationToken);
        var running = held.Where(DossierLists.ClockRunning);
        var overdue = await running.CountAsync(d => d.DueAt < now, cancellationToken);
        var dueSoon = await running.CountAsync(d => d.DueAt >= now && d.DueAt <= dueSoonBefore, cancellationToken);
        var transfers = await db.Dossiers.CountAsync(d => d.SubDossiers.Any(s => s.AgencyId == agency && s.Status == DossierStatus.Processing), cancellationToken);
        return new DossierInboxCountsDto(byStatus.OrderBy(s => s.Status).ToList(), dueSoon, overdue, transfers);
    }
}
