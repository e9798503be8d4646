using System.Text.Json.Serialization;
using Mediator;
using OneStop.Application.Common.Exceptions;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Procedures.Common;
using OneStop.Domain.Procedures;

namespace OneStop.Application.Procedures.Commands.ReviseProcedure;

/// <summary>Edits the latest version: in place while it was never published, otherwise as a new draft version.</summary>
public sealed record ReviseProcedureCommand : ProcedureContentInput, ICommand<ProcedureVersionRefDto>, IAuditedCommand
{
    string IAuditedCommand.AuditAction => "procedure.revise";

    /// <summary>The version being edited; taken from the route.</summary>
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class ReviseProcedureCommandHandler(IApplicationDbContext db, TimeProvider clock)
    : ICommandHandler<ReviseProcedureCommand, ProcedureVersionRefDto>
{
    public async ValueTask<ProcedureVersionRefDto> Handle(ReviseProcedureCommand command, CancellationToken cancellationToken)
    {
        var procedure = await db.Procedures.FindAsync([command.Id], cancellationToken)
            ?? throw new NotFoundException(nameof(Procedure), command.Id);
        var revised = procedure.Revise(command.ToContent(), clock.GetUtcNow());
        if (revised != procedure)
        {
            db.Procedures.Add(revised);
        }
        await db.SaveChangesAsync(cancellationToken);
        return ProcedureVersionRefDto.Of(revised);
    }
}
