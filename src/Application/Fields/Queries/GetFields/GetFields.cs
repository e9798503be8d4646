using AutoMapper;
using Mediator;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Common.Mappings;

namespace OneStop.Application.Fields.Queries.GetFields;

/// <summary>Every field (lĩnh vực), ordered by name.</summary>
public sealed record GetFieldsQuery : IQuery<IReadOnlyList<FieldDto>>;

public sealed class GetFieldsQueryHandler(IApplicationDbContext db, IMapper mapper) : IQueryHandler<GetFieldsQuery, IReadOnlyList<FieldDto>>
{
    public async ValueTask<IReadOnlyList<FieldDto>> Handle(GetFieldsQuery query, CancellationToken cancellationToken) =>
        await db.Fields.AsNoTracking().OrderBy(f => f.Name).ProjectToListAsync<FieldDto>(mapper.ConfigurationProvider, cancellationToken);
}
