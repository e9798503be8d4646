using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using OneStop.Api.Infrastructure;
using OneStop.Application.Audit.Queries.GetAuditEntriesWithPagination;
using OneStop.Application.Common.Models;

namespace OneStop.Api.Endpoints;

/// <summary>The audit log: sign-ins, token revocations and administrator changes.</summary>
public sealed class Audit : IEndpointGroup
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGroup("/api/audit").WithTags("Audit")
            .MapGet("/", Read).RequireAdministrator()
            .WithSummary("Read the audit log, newest first, filtered by action, actor and time")
            .ProducesValidationProblem();

    private static async Task<Ok<PaginatedList<AuditEntryDto>>> Read(
        ISender sender, [AsParameters] GetAuditEntriesWithPaginationQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));
}
