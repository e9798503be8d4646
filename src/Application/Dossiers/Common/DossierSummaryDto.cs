using System.Linq.Expressions;
using OneStop.Application.Common.Models;
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
    public const int MaxPageSize = 100;

    public static Expression<Func<Dossier, DossierSummaryDto>> Summary(DateTimeOffset now, DateTimeOffset dueSoonBefore) => d =>
        new DossierSummaryDto(d.Id, d.Code, d.Status, d.Channel, d.ProcedureName, d.CaseName, d.Applicant.FullName, d.CreatedAt, d.SubmittedAt,
            d.DueAt, d.AppointmentAt, d.AssigneeId, d.RemainingWhilePaused != null,
            d.RemainingWhilePaused == null && (d.Status == DossierStatus.Received || d.Status == DossierStatus.Processing) && d.DueAt < now,
            d.RemainingWhilePaused == null && (d.Status == DossierStatus.Received || d.Status == DossierStatus.Processing) && d.DueAt >= now && d.DueAt <= dueSoonBefore,
            d.PaymentStatus);

    /// <summary>Ids are version-7 GUIDs, so ordering by id is ordering by creation, newest first.</summary>
    public static IQueryable<Dossier> After(this IQueryable<Dossier> dossiers, string? cursor) =>
        Guid.TryParse(cursor, out var last) ? dossiers.Where(d => d.Id.CompareTo(last) < 0) : dossiers;

    public static KeysetPage<DossierSummaryDto> ToPage(List<DossierSummaryDto> rows, int pageSize) =>
        new(rows.Take(pageSize).ToList(), rows.Count > pageSize ? rows[pageSize - 1].Id.ToString() : null);
}
