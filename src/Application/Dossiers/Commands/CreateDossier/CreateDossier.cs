using System.Text.Json.Serialization;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Exceptions;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Dossiers.Common;
using OneStop.Application.Dossiers.Queries.GetDossierById;
using OneStop.Domain.Agencies;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Procedures;

namespace OneStop.Application.Dossiers.Commands.CreateDossier;

/// <summary>
/// Starts a dossier for a published procedure's case at one of its implementing agencies: a draft to which the
/// documents are then uploaded, or, with <see cref="Submit"/>, submitted at once (for a case that needs no files).
/// </summary>
/// <param name="ProcedureId">The published procedure version.</param>
/// <param name="CaseIndex">Position of the case (trường hợp) in the procedure.</param>
/// <param name="AgencyId">The implementing agency competent to settle it; its one-stop counter receives the dossier.</param>
/// <param name="Applicant">Whom the dossier is for.</param>
/// <param name="Representative">Who submits on the applicant's behalf, if anyone.</param>
/// <param name="Submit">Submit at once instead of keeping a draft.</param>
/// <param name="Channel">Online for applicants; Counter or Postal for a Receptionist entering it on the applicant's behalf.</param>
public sealed record CreateDossierCommand(
    Guid ProcedureId,
    int CaseIndex,
    Guid AgencyId,
    DossierChannel Channel,
    ApplicantInput Applicant,
    RepresentativeInput? Representative,
    bool Submit = false) : ISubmitsDossier
{
    [JsonIgnore]
    public string? IdempotencyKey { get; set; }
}

public sealed class CreateDossierCommandHandler(IApplicationDbContext db, DossierAccess access, DossierReader reader, TimeProvider clock)
    : ICommandHandler<CreateDossierCommand, DossierDetailDto>
{
    public async ValueTask<DossierDetailDto> Handle(CreateDossierCommand command, CancellationToken cancellationToken)
    {
        var found = await Load((DbContext)db, command.ProcedureId, command.AgencyId, cancellationToken);
        var procedure = found?.Procedure;
        var failures = new List<ValidationFailure>();
        if (procedure is null)
        {
            failures.Add(new(nameof(command.ProcedureId), "No published procedure has this id."));
        }
        else
        {
            if (command.CaseIndex >= procedure.Cases.Count)
            {
                failures.Add(new(nameof(command.CaseIndex), $"The procedure has {procedure.Cases.Count} case(s); case {command.CaseIndex} does not exist."));
            }
            if (!procedure.ImplementingAgencyIds.Contains(command.AgencyId))
            {
                failures.Add(new(nameof(command.AgencyId), "This agency does not receive dossiers for the procedure."));
            }
        }
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
        var agency = found!.Agency ?? throw new InvalidOperationException($"Agency {command.AgencyId} implements the procedure but does not exist.");
        var now = clock.GetUtcNow();
        var actor = access.Actor;
        var dossier = Dossier.Draft(procedure!, command.CaseIndex, agency, command.Channel,
            command.Applicant.ToApplicant(), command.Representative?.ToRepresentative(), actor, now);
        if (command.Submit)
        {
            // Numbered once this commits (DossierNumberingBehaviour).
            dossier.Submit(actor, now);
        }
        db.Dossiers.Add(dossier);
        await db.SaveChangesAsync(cancellationToken);
        var known = new[] { agency, found.ReceivingAgency }.OfType<Agency>().Select(DossierReader.Ref).ToList();
        return reader.Read(dossier, await reader.AgenciesOfAsync(dossier, known, cancellationToken));
    }

    private sealed record Targets(Procedure Procedure, Agency? Agency, Agency? ReceivingAgency);

    /// <summary>
    /// The published procedure, the chosen agency and the counter that receives for it, in one statement compiled
    /// once: every submission starts with them.
    /// </summary>
    private static readonly Func<DbContext, Guid, Guid, CancellationToken, Task<Targets?>> Load = EF.CompileAsyncQuery(
        (DbContext db, Guid procedureId, Guid agencyId, CancellationToken cancellationToken) => db.Set<Procedure>().AsNoTracking()
            .Where(p => p.Id == procedureId && p.Status == ProcedureStatus.Published)
            .Select(p => new Targets(p,
                db.Set<Agency>().FirstOrDefault(a => a.Id == agencyId),
                db.Set<Agency>().Where(a => a.Id == agencyId).Join(db.Set<Agency>(), a => a.CounterAgencyId ?? a.Id, r => r.Id, (a, r) => r)
                    .FirstOrDefault()))
            .SingleOrDefault());
}
