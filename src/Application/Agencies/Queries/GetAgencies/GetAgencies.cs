using AutoMapper;
using Mediator;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Common.Mappings;

namespace OneStop.Application.Agencies.Queries.GetAgencies;

/// <summary>The whole organisation tree, flattened in tree order (each parent before its children).</summary>
public sealed record GetAgenciesQuery : IQuery<IReadOnlyList<AgencyDto>>;

public sealed class GetAgenciesQueryHandler(IApplicationDbContext db, IMapper mapper) : IQueryHandler<GetAgenciesQuery, IReadOnlyList<AgencyDto>>
{
    public async ValueTask<IReadOnlyList<AgencyDto>> Handle(GetAgenciesQuery query, CancellationToken cancellationToken) =>
        await db.Agencies.AsNoTracking().OrderBy(a => a.Level).ThenBy(a => a.Code).ProjectToListAsync<AgencyDto>(mapper.ConfigurationProvider, cancellationToken);
}
