using Mediator;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Exceptions;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Procedures.Common;
using OneStop.Domain.Procedures;

namespace OneStop.Application.Procedures.Commands.PublishProcedure;

/// <summary>Makes a version public; the version public until now is superseded.</summary>
public sealed record PublishProcedureCommand(Guid Id) : ICommand<ProcedureVersionRefDto>, IAuditedCommand
{
    string IAuditedCommand.AuditAction => "procedure.publish";
}

public sealed class PublishProcedureCommandHandler(IApplicationDbContext db, TimeProvider clock)
    : ICommandHandler<PublishProcedureCommand, ProcedureVersionRefDto>
{
    public async ValueTask<ProcedureVersionRefDto> Handle(PublishProcedureCommand command, CancellationToken cancellationToken)
    {
        var procedure = await db.Procedures.FindAsync([command.Id], cancellationToken)
            ?? throw new NotFoundException(nameof(Procedure), command.Id);
        var currentlyPublished = await db.Procedures.SingleOrDefaultAsync(
            p => p.Code == procedure.Code && p.Status == ProcedureStatus.Published && p.Id != procedure.Id, cancellationToken);
        procedure.Publish(clock.GetUtcNow(), currentlyPublished);
        await db.SaveChangesAsync(cancellationToken);
        return ProcedureVersionRefDto.Of(procedure);
    }
}
