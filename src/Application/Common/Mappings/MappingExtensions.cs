using AutoMapper;
using AutoMapper.QueryableExtensions;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Models;

namespace OneStop.Application.Common.Mappings;

public static class MappingExtensions
{
    /// <summary>Counts the query, then reads one page of it projected to <typeparamref name="TDestination"/>.</summary>
    public static async Task<PaginatedList<TDestination>> ProjectToPageAsync<TSource, TDestination>(
        this IQueryable<TSource> orderedQuery, IConfigurationProvider configuration, IPageRequest page, CancellationToken cancellationToken)
    {
        var total = await orderedQuery.CountAsync(cancellationToken);
        var items = await orderedQuery
            .Skip((page.PageNumber - 1) * page.PageSize)
            .Take(page.PageSize)
            .ProjectTo<TDestination>(configuration)
            .ToListAsync(cancellationToken);
        return new PaginatedList<TDestination>(items, total, page.PageNumber, page.PageSize);
    }

    public static Task<List<TDestination>> ProjectToListAsync<TDestination>(
        this IQueryable queryable, IConfigurationProvider configuration, CancellationToken cancellationToken) =>
        queryable.ProjectTo<TDestination>(configuration).ToListAsync(cancellationToken);
}
