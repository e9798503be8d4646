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

/// <summary>
/// Which dossiers a list shows; each filter applies when it is not null. <see cref="DueFrom"/>,
/// <see cref="DueBefore"/> and <see cref="DueUntil"/> keep only dossiers whose clock runs.
/// </summary>
public sealed record DossierListFilter
{
    /// <summary>Held by this agency, drafts excepted.</summary>
    public Guid? HeldBy { get; init; }
    /// <summary>With a sub-dossier sent to this agency and still open.</summary>
    public Guid? TransfersTo { get; init; }
    public Guid? OwnerId { get; init; }
    public DossierStatus? Status { get; init; }
    public Guid? ProcedureId { get; init; }
    public Guid? AssigneeId { get; init; }
    public DateTimeOffset? DueFrom { get; init; }
    public DateTimeOffset? DueBefore { get; init; }
    public DateTimeOffset? DueUntil { get; init; }
}

/// <summary>
/// The list queries' shared parts: one compiled query for every list (a filter left null drops out of the SQL),
/// the keyset on the time-ordered id, and the deadline flags. The inbox is read on every page view of every
/// officer, so the query is compiled once (EF.CompileAsyncQuery) rather than rebuilt and looked up per request.
/// </summary>
public static class DossierLists
{
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

    /// <summary>One page after <paramref name="cursor"/>, newest first (ids are version-7 GUIDs: ordering by id is ordering by creation).</summary>
    public static async Task<KeysetPage<DossierSummaryDto>> PageAsync(this IApplicationDbContext db, DossierListFilter filter, string? cursor,
        int pageSize, (DateTimeOffset Now, DateTimeOffset DueSoonBefore) window, CancellationToken cancellationToken)
    {
        var rows = new List<DossierSummaryDto>(pageSize + 1);
        var page = Page((DbContext)db, filter.HeldBy, filter.TransfersTo, filter.OwnerId, Guid.TryParse(cursor, out var last) ? last : null,
            filter.Status, filter.ProcedureId, filter.AssigneeId, filter.DueFrom, filter.DueBefore, filter.DueUntil, pageSize + 1);
        await foreach (var row in page.WithCancellation(cancellationToken))
        {
            rows.Add(row.ToDto(window.Now, window.DueSoonBefore));
        }
        return new KeysetPage<DossierSummaryDto>(rows.Take(pageSize).ToList(), rows.Count > pageSize ? rows[pageSize - 1].Id.ToString() : null);
    }

    private static readonly Func<DbContext, Guid?, Guid?, Guid?, Guid?, DossierStatus?, Guid?, Guid?, DateTimeOffset?, DateTimeOffset?, DateTimeOffset?, int,
        IAsyncEnumerable<SummaryRow>> Page = EF.CompileAsyncQuery(
        (DbContext db, Guid? heldBy, Guid? transfersTo, Guid? owner, Guid? after, DossierStatus? status, Guid? procedure, Guid? assignee,
            DateTimeOffset? dueFrom, DateTimeOffset? dueBefore, DateTimeOffset? dueUntil, int take) => db.Set<Dossier>()
            .Where(d => heldBy == null || (d.HoldingAgencyId == heldBy && d.Status != DossierStatus.Draft))
            .Where(d => transfersTo == null || d.SubDossiers.Any(s => s.AgencyId == transfersTo && s.Status == DossierStatus.Processing))
            .Where(d => owner == null || d.OwnerId == owner)
            .Where(d => after == null || d.Id.CompareTo(after.Value) < 0)
            .Where(d => status == null || d.Status == status)
            .Where(d => procedure == null || d.ProcedureId == procedure)
            .Where(d => assignee == null || d.AssigneeId == assignee)
            .Where(d => (dueFrom == null && dueBefore == null && dueUntil == null) ||
                        (d.RemainingWhilePaused == null && (d.Status == DossierStatus.Received || d.Status == DossierStatus.Processing)))
            .Where(d => dueFrom == null || d.DueAt >= dueFrom)
            .Where(d => dueBefore == null || d.DueAt < dueBefore)
            .Where(d => dueUntil == null || d.DueAt <= dueUntil)
            .OrderByDescending(d => d.Id)
            .Take(take)
            .Select(d => new SummaryRow(d.Id, d.Code, d.Status, d.Channel, d.ProcedureName, d.CaseName, d.Applicant.FullName, d.CreatedAt,
                d.SubmittedAt, d.DueAt, d.AppointmentAt, d.AssigneeId, d.RemainingWhilePaused != null, d.PaymentStatus)));

    private sealed record SummaryRow(Guid Id, string? Code, DossierStatus Status, DossierChannel Channel, string ProcedureName, string CaseName,
        string ApplicantName, DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt, DateTimeOffset? DueAt, DateTimeOffset? AppointmentAt,
        Guid? AssigneeId, bool ClockPaused, PaymentStatus PaymentStatus)
    {
        /// <summary>The flags follow <see cref="ClockRunning"/>: a paused or stopped clock is neither overdue nor due soon.</summary>
        public DossierSummaryDto ToDto(DateTimeOffset now, DateTimeOffset dueSoonBefore)
        {
            var running = !ClockPaused && Status.ClockRuns() && DueAt is not null;
            var overdue = running && DeadlineState.IsOverdue(now, DueAt!.Value);
            return new DossierSummaryDto(Id, Code, Status, Channel, ProcedureName, CaseName, ApplicantName, CreatedAt, SubmittedAt, DueAt,
                AppointmentAt, AssigneeId, ClockPaused, overdue, running && !overdue && DueAt <= dueSoonBefore, PaymentStatus);
        }
    }
}
