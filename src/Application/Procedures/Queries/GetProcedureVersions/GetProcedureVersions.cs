using AutoMapper;
using Mediator;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Exceptions;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Common.Mappings;
using OneStop.Domain.Procedures;

namespace OneStop.Application.Procedures.Queries.GetProcedureVersions;

/// <summary>Lists every version of the procedure that <see cref="Id"/> belongs to, newest first.</summary>
public sealed record GetProcedureVersionsQuery(Guid Id, bool IncludeNonPublic) : IQuery<IReadOnlyList<ProcedureVersionDto>>;

public sealed class GetProcedureVersionsQueryHandler(IApplicationDbContext db, IMapper mapper)
    : IQueryHandler<GetProcedureVersionsQuery, IReadOnlyList<ProcedureVersionDto>>
{
    public async ValueTask<IReadOnlyList<ProcedureVersionDto>> Handle(GetProcedureVersionsQuery query, CancellationToken cancellationToken)
    {
        var code = await db.Procedures.Where(p => p.Id == query.Id).Select(p => p.Code).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(nameof(Procedure), query.Id);
        var versions = db.Procedures.AsNoTracking().Where(p => p.Code == code);
        if (!query.IncludeNonPublic)
        {
            versions = versions.Where(p => p.Status == ProcedureStatus.Published || p.Status == ProcedureStatus.Superseded);
        }
        var list = await versions.OrderByDescending(p => p.VersionNumber).ProjectToListAsync<ProcedureVersionDto>(mapper.ConfigurationProvider, cancellationToken);
        return list.Count == 0 ? throw new NotFoundException(nameof(Procedure), query.Id) : list;
    }
}
