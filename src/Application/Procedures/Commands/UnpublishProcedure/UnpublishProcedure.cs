using Mediator;
using OneStop.Application.Common.Exceptions;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Procedures.Common;
using OneStop.Domain.Procedures;

namespace OneStop.Application.Procedures.Commands.UnpublishProcedure;

/// <summary>Withdraws a published version from the public catalogue.</summary>
public sealed record UnpublishProcedureCommand(Guid Id) : ICommand<ProcedureVersionRefDto>, IAuditedCommand
{
    string IAuditedCommand.AuditAction => "procedure.unpublish";
}

public sealed class UnpublishProcedureCommandHandler(IApplicationDbContext db, TimeProvider clock)
    : ICommandHandler<UnpublishProcedureCommand, ProcedureVersionRefDto>
{
    public async ValueTask<ProcedureVersionRefDto> Handle(UnpublishProcedureCommand command, CancellationToken cancellationToken)
    {
        var procedure = await db.Procedures.FindAsync([command.Id], cancellationToken)
            ?? throw new NotFoundException(nameof(Procedure), command.Id);
        procedure.Unpublish(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return ProcedureVersionRefDto.Of(procedure);
    }
}
