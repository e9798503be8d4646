using Mediator;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Exceptions;
using OneStop.Application.Common.Interfaces;
using OneStop.Domain.Procedures;

namespace OneStop.Application.Procedures.Queries.GetProcedureById;

/// <summary>Reads one version by id. The public sees published and superseded versions; administrators see all.</summary>
public sealed record GetProcedureByIdQuery(Guid Id, bool IncludeNonPublic) : IQuery<ProcedureDetailDto>;

public sealed class GetProcedureByIdQueryHandler(IApplicationDbContext db, ProcedureDetailReader reader)
    : IQueryHandler<GetProcedureByIdQuery, ProcedureDetailDto>
{
    public async ValueTask<ProcedureDetailDto> Handle(GetProcedureByIdQuery query, CancellationToken cancellationToken)
    {
        var procedure = await db.Procedures.AsNoTracking().SingleOrDefaultAsync(p => p.Id == query.Id, cancellationToken);
        if (procedure is null || (!query.IncludeNonPublic && !procedure.IsPubliclyReadable))
        {
            throw new NotFoundException(nameof(Procedure), query.Id);
        }
        return await reader.ReadAsync(procedure, cancellationToken);
    }
}
