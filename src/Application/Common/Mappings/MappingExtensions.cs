using AutoMapper;
using AutoMapper.QueryableExtensions;
using Microsoft.EntityFrameworkCore;

namespace OneStop.Application.Common.Mappings;

public static class MappingExtensions
{
    public static Task<List<TDestination>> ProjectToListAsync<TDestination>(
        this IQueryable queryable, IConfigurationProvider configuration, CancellationToken cancellationToken) =>
        queryable.ProjectTo<TDestination>(configuration).ToListAsync(cancellationToken);
}
