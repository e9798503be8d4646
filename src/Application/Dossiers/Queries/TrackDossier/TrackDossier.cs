using Mediator;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Exceptions;
using OneStop.Application.Common.Interfaces;
using OneStop.Domain.Agencies;
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
    public async ValueTask<DossierTrackingDto> Handle(TrackDossierQuery query, CancellationToken cancellationToken) =>
        await Find((DbContext)db, query.Code.Trim(), Normalise(query.Identity), cancellationToken)
        ?? throw new NotFoundException("Dossier", query.Code);

    /// <summary>
    /// Only what the public answer shows, agency names included, in one statement: the look-up is the portal's busiest
    /// read, so its query is compiled once rather than rebuilt and looked up on every request.
    /// </summary>
    private static readonly Func<DbContext, string, string, CancellationToken, Task<DossierTrackingDto?>> Find = EF.CompileAsyncQuery(
        (DbContext db, string code, string identity, CancellationToken cancellationToken) => db.Set<Dossier>()
            .Where(d => d.Code == code && (d.Applicant.IdentityNumber == identity || d.Applicant.Phone == identity))
            .Select(d => new DossierTrackingDto(d.Code!, d.ProcedureName,
                db.Set<Agency>().Where(a => a.Id == d.ReceivingAgencyId).Select(a => a.Name).FirstOrDefault() ?? "",
                d.Status, d.SubmittedAt, d.ReceivedAt, d.DueAt, d.AppointmentAt, d.ProcessedAt, d.ReturnedAt,
                d.History.OrderBy(h => h.Sequence)
                    .Select(h => new DossierTrackingEventDto(h.At, h.Action, h.ToStatus,
                        db.Set<Agency>().Where(a => a.Id == h.ToAgencyId).Select(a => a.Name).FirstOrDefault(), h.StepName, h.StepDueAt))
                    .ToList()))
            .AsSingleQuery()
            .SingleOrDefault());

    /// <summary>Phones are stored normalised (0xxxxxxxxx); accept +84 and spaces as typed.</summary>
    private static string Normalise(string identity)
    {
        var trimmed = identity.Trim();
        return PhoneNumber.IsValid(trimmed) ? PhoneNumber.Parse(trimmed).Value : trimmed;
    }
}
