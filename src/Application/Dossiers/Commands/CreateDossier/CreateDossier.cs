using System.Text.Json.Serialization;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Exceptions;
using OneStop.Application.Common.Idempotency;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Dossiers.Common;
using OneStop.Application.Dossiers.Queries.GetDossierById;
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
    bool Submit = false) : ICommand<DossierDetailDto>, IIdempotentCommand
{
    [JsonIgnore]
    public string? IdempotencyKey { get; set; }
}

public sealed class CreateDossierCommandHandler(IApplicationDbContext db, DossierAccess access, DossierReader reader,
    DossierSubmission submission, ITransactionRunner transactions, TimeProvider clock)
    : ICommandHandler<CreateDossierCommand, DossierDetailDto>
{
    public async ValueTask<DossierDetailDto> Handle(CreateDossierCommand command, CancellationToken cancellationToken)
    {
        var procedure = await db.Procedures.AsNoTracking()
            .SingleOrDefaultAsync(p => p.Id == command.ProcedureId && p.Status == ProcedureStatus.Published, cancellationToken);
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
        var agency = await db.Agencies.SingleAsync(a => a.Id == command.AgencyId, cancellationToken);
        var now = clock.GetUtcNow();
        var actor = access.Actor;
        var dossier = Dossier.Draft(procedure!, command.CaseIndex, agency, command.Channel,
            command.Applicant.ToApplicant(), command.Representative?.ToRepresentative(), actor, now);
        db.Dossiers.Add(dossier);
        var agencies = await reader.AgenciesOfAsync(dossier, cancellationToken);
        return await transactions.InTransactionAsync(async token =>
        {
            if (command.Submit)
            {
                await submission.SubmitAsync(dossier, actor, now, token);
            }
            await db.SaveChangesAsync(token);
            return reader.Read(dossier, agencies);
        }, cancellationToken);
    }
}
