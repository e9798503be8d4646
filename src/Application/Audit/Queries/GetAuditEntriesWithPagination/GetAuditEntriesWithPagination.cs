using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Common.Models;

namespace OneStop.Application.Audit.Queries.GetAuditEntriesWithPagination;

/// <summary>Reads the audit log, newest first.</summary>
/// <param name="Action">Only this action, e.g. sign-in.failed.</param>
/// <param name="ActorId">Only what this account did.</param>
/// <param name="From">From this instant, inclusive.</param>
/// <param name="To">Before this instant.</param>
/// <param name="PageNumber">From 1.</param>
/// <param name="PageSize">From 1 to 100.</param>
public sealed record GetAuditEntriesWithPaginationQuery(
    string? Action = null,
    Guid? ActorId = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int PageNumber = 1,
    int PageSize = 50) : IQuery<PaginatedList<AuditEntryDto>>, IPageRequest;

public sealed class GetAuditEntriesWithPaginationQueryHandler(IApplicationDbContext db, IMapper mapper)
    : IQueryHandler<GetAuditEntriesWithPaginationQuery, PaginatedList<AuditEntryDto>>
{
    public async ValueTask<PaginatedList<AuditEntryDto>> Handle(GetAuditEntriesWithPaginationQuery query, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (query.Action is { } action)
        {
            entries = entries.Where(e => e.Action == action);
        }
        if (query.ActorId is { } actorId)
        {
            entries = entries.Where(e => e.ActorId == actorId);
        }
        if (query.From is { } from)
        {
            entries = entries.Where(e => e.At >= from);
        }
        if (query.To is { } to)
        {
            entries = entries.Where(e => e.At < to);
        }
        var total = await entries.CountAsync(cancellationToken);
        var items = await entries
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((query.PageNumber - 1) * query.PageSize)
            .Take(query.PageSize)
            .ProjectTo<AuditEntryDto>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);
        return new PaginatedList<AuditEntryDto>(items, total, query.PageNumber, query.PageSize);
    }
}

public sealed class GetAuditEntriesWithPaginationQueryValidator : AbstractValidator<GetAuditEntriesWithPaginationQuery>
{
    public GetAuditEntriesWithPaginationQueryValidator()
    {
        Include(new PageRequestValidator());
        RuleFor(x => x.Action).MaximumLength(100);
        RuleFor(x => x.To).GreaterThan(x => x.From).When(x => x.From is not null && x.To is not null);
    }
}
