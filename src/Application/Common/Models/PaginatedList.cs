namespace OneStop.Application.Common.Models;

/// <summary>One page of results with the total, so a client can show "page x of y".</summary>
public sealed class PaginatedList<T>(IReadOnlyList<T> items, int totalCount, int pageNumber, int pageSize)
{
    public IReadOnlyList<T> Items { get; } = items;
    public int PageNumber { get; } = pageNumber;
    public int TotalPages { get; } = (int)Math.Ceiling(totalCount / (double)pageSize);
    public int TotalCount { get; } = totalCount;
    public bool HasPreviousPage => PageNumber > 1;
    public bool HasNextPage => PageNumber < TotalPages;
}
