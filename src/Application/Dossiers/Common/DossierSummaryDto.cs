using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Common.Models;
using OneStop.Domain.Calendar;
using OneStop.Domain.Dossiers;

namespace OneStop.Application.Dossiers.Common;

/// <summary>A dossier as a line of a list (inbox, my dossiers).</summary>
public sealed record DossierSummaryDto(
    Guid Id,
    string? Code,
    DossierStatus Status,
    DossierChannel Channel,
    string ProcedureName,
    string CaseName,
    string ApplicantName,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? DueAt,
    DateTimeOffset? AppointmentAt,
    Guid? AssigneeId,
    bool ClockPaused,
    bool IsOverdue,
    bool IsDueSoon,
    PaymentStatus PaymentStatus);

/// <summary>The list queries' shared parts: the projection (flags computed in SQL) and the keyset on the time-ordered id.</summary>
public static class DossierLists
{
    public static Expression<Func<Dossier, DossierSummaryDto>> Summary(DateTimeOffset now, DateTimeOffset dueSoonBefore) => d =>
        new DossierSummaryDto(d.Id, d.Code, d.Status, d.Channel, d.ProcedureName, d.CaseName, d.Applicant.FullName, d.CreatedAt, d.SubmittedAt,
            d.DueAt, d.AppointmentAt, d.AssigneeId, d.RemainingWhilePaused != null,
            d.RemainingWhilePaused == null && (d.Status == DossierStatus.Received || d.Status == DossierStatus.Processing) && d.DueAt < now,
            d.RemainingWhilePaused == null && (d.Status == DossierStatus.Received || d.Status == DossierStatus.Processing) && d.DueAt >= now && d.DueAt <= dueSoonBefore,
            d.PaymentStatus);

    /// <summary>Ids are version-7 GUIDs, so ordering by id is ordering by creation, newest first.</summary>
    private static IQueryable<Dossier> After(this IQueryable<Dossier> dossiers, string? cursor) =>
        Guid.TryParse(cursor, out var last) ? dossiers.Where(d => d.Id.CompareTo(last) < 0) : dossiers;

    /// <summary>Dossiers whose clock runs: received or in processing, not paused for the applicant or a fee.</summary>
    public static readonly Expression<Func<Dossier, bool>> ClockRunning = d =>
        d.RemainingWhilePaused == null && (d.Status == DossierStatus.Received || d.Status == DossierStatus.Processing);

    /// <summary>Now, and the instant before which a running dossier is due soon: one working day ahead on the calendar.</summary>
    public static async Task<(DateTimeOffset Now, DateTimeOffset DueSoonBefore)> DeadlineWindowAsync(
        IWorkingCalendarSource calendars, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return (now, (await calendars.GetAsync(cancellationToken)).AddWorkingTime(now, DeadlineState.DefaultDueSoonThreshold));
    }

    /// <summary>One page after <paramref name="cursor"/>, newest first, with the flags computed in SQL.</summary>
    public static async Task<KeysetPage<DossierSummaryDto>> PageAsync(this IQueryable<Dossier> dossiers, string? cursor, int pageSize,
        (DateTimeOffset Now, DateTimeOffset DueSoonBefore) window, CancellationToken cancellationToken)
    {
        var rows = await dossiers.After(cursor).OrderByDescending(d => d.Id).Take(pageSize + 1)
            .Select(Summary(window.Now, window.DueSoonBefore)).ToListAsync(cancellationToken);
        return new KeysetPage<DossierSummaryDto>(rows.Take(pageSize).ToList(), rows.Count > pageSize ? rows[pageSize - 1].Id.ToString() : null);
    }
}
