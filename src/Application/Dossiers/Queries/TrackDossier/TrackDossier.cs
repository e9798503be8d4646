using Mediator;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Exceptions;
using OneStop.Application.Common.Interfaces;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Identity;

namespace OneStop.Application.Dossiers.Queries.TrackDossier;

/// <summary>
/// Public look-up (tra cứu): the dossier code with the applicant's ID number or phone. The answer has the
/// status, the due date and the hand-off timeline, and no personal data; a wrong pair answers exactly as an
/// unknown code does.
/// </summary>
public sealed record TrackDossierQuery(string Code, string Identity) : IQuery<DossierTrackingDto>;

public sealed record DossierTrackingDto(
    string Code,
    string ProcedureName,
    string ReceivingAgency,
    DossierStatus Status,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? ReceivedAt,
    DateTimeOffset? DueAt,
    DateTimeOffset? AppointmentAt,
    DateTimeOffset? ProcessedAt,
    DateTimeOffset? ReturnedAt,
    IReadOnlyList<DossierTrackingEventDto> Timeline);

/// <summary>One step of the timeline: what happened and where, never who.</summary>
public sealed record DossierTrackingEventDto(DateTimeOffset At, DossierAction Action, DossierStatus Status, string? Agency, string? Step, DateTimeOffset? StepDueAt);

public sealed class TrackDossierQueryHandler(IApplicationDbContext db) : IQueryHandler<TrackDossierQuery, DossierTrackingDto>
{
    public async ValueTask<DossierTrackingDto> Handle(TrackDossierQuery query, CancellationToken cancellationToken)
    {
        var identity = Normalise(query.Identity);
        var code = query.Code.Trim();
        // Only what the public answer shows, in one statement: the look-up is the portal's busiest read.
        var found = await db.Dossiers.AsNoTracking()
            .Where(d => d.Code == code && (d.Applicant.IdentityNumber == identity || d.Applicant.Phone == identity))
            .Select(d => new
            {
                d.ProcedureName, d.ReceivingAgencyId, d.Status, d.SubmittedAt, d.ReceivedAt, d.DueAt, d.AppointmentAt, d.ProcessedAt, d.ReturnedAt,
                Timeline = d.History.OrderBy(h => h.Sequence).Select(h => new { h.At, h.Action, h.ToStatus, h.ToAgencyId, h.StepName, h.StepDueAt }).ToList(),
            })
            .AsSingleQuery()
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Dossier", query.Code);
        var agencyIds = found.Timeline.Select(h => h.ToAgencyId).OfType<Guid>().Append(found.ReceivingAgencyId).Distinct().ToList();
        var names = await db.Agencies.Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        return new DossierTrackingDto(code, found.ProcedureName, names.GetValueOrDefault(found.ReceivingAgencyId, ""), found.Status,
            found.SubmittedAt, found.ReceivedAt, found.DueAt, found.AppointmentAt, found.ProcessedAt, found.ReturnedAt,
            found.Timeline
                .Select(h => new DossierTrackingEventDto(h.At, h.Action, h.ToStatus, h.ToAgencyId is { } to ? names.GetValueOrDefault(to) : null, h.StepName, h.StepDueAt))
                .ToList());
    }

    /// <summary>Phones are stored normalised (0xxxxxxxxx); accept +84 and spaces as typed.</summary>
    private static string Normalise(string identity)
    {
        var trimmed = identity.Trim();
        return PhoneNumber.IsValid(trimmed) ? PhoneNumber.Parse(trimmed).Value : trimmed;
    }
}
