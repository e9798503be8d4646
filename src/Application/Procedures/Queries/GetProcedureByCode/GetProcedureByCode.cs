using Mediator;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Exceptions;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Procedures.Queries.GetProcedureById;
using OneStop.Domain.Procedures;

namespace OneStop.Application.Procedures.Queries.GetProcedureByCode;

/// <summary>Reads the version of a code that is published now.</summary>
public sealed record GetProcedureByCodeQuery(string Code) : IQuery<ProcedureDetailDto>;

public sealed class GetProcedureByCodeQueryHandler(IApplicationDbContext db, ProcedureDetailReader reader)
    : IQueryHandler<GetProcedureByCodeQuery, ProcedureDetailDto>
{
    public async ValueTask<ProcedureDetailDto> Handle(GetProcedureByCodeQuery query, CancellationToken cancellationToken)
    {
        var procedure = await db.Procedures.AsNoTracking()
            .SingleOrDefaultAsync(p => p.Code == query.Code && p.Status == ProcedureStatus.Published, cancellationToken)
            ?? throw new NotFoundException(nameof(Procedure), query.Code);
        return await reader.ReadAsync(procedure, cancellationToken);
    }
}
