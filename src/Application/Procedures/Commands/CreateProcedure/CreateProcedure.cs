using Mediator;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Procedures.Common;
using OneStop.Domain.Procedures;
using OneStop.Application.Common.Exceptions;

namespace OneStop.Application.Procedures.Commands.CreateProcedure;

/// <summary>Creates version 1 of a procedure, as a draft.</summary>
public sealed record CreateProcedureCommand : ProcedureContentInput, ICommand<ProcedureVersionRefDto>, IAuditedCommand
{
    string IAuditedCommand.AuditAction => "procedure.create";

    /// <example>1.009994</example>
    public required string Code { get; init; }
}

public sealed class CreateProcedureCommandHandler(IApplicationDbContext db, TimeProvider clock)
    : ICommandHandler<CreateProcedureCommand, ProcedureVersionRefDto>
{
    public async ValueTask<ProcedureVersionRefDto> Handle(CreateProcedureCommand command, CancellationToken cancellationToken)
    {
        // The unique index on (code, version_number) settles a race; this check gives the usual case a clear message.
        if (await db.Procedures.AnyAsync(p => p.Code == command.Code, cancellationToken))
        {
            throw new DuplicateCodeException("procedure", command.Code);
        }
        var procedure = Procedure.Create(ProcedureCode.Parse(command.Code), command.ToContent(), clock.GetUtcNow());
        db.Procedures.Add(procedure);
        await db.SaveChangesAsync(cancellationToken);
        return ProcedureVersionRefDto.Of(procedure);
    }
}
