namespace OneStop.Application.Common.Models;

/// <summary>
/// One page of a list read by keyset (cursor) paging: as fast at page 1,000 as at page 1, and stable while
/// rows are added. Pass <see cref="NextCursor"/> back to read the next page; null means this was the last.
/// </summary>
public sealed record KeysetPage<T>(IReadOnlyList<T> Items, string? NextCursor);
