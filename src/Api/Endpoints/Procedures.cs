using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using OneStop.Api.Infrastructure;
using OneStop.Application.Common.Models;
using OneStop.Application.Procedures.Commands.CreateProcedure;
using OneStop.Application.Procedures.Commands.PublishProcedure;
using OneStop.Application.Procedures.Commands.ReviseProcedure;
using OneStop.Application.Procedures.Commands.UnpublishProcedure;
using OneStop.Application.Procedures.Common;
using OneStop.Application.Procedures.Queries.GetProcedureByCode;
using OneStop.Application.Procedures.Queries.GetProcedureById;
using OneStop.Application.Procedures.Queries.GetProceduresWithPagination;
using OneStop.Application.Procedures.Queries.GetProcedureVersions;

namespace OneStop.Api.Endpoints;

/// <summary>The procedure catalogue: public search and reading, and its administration.</summary>
public sealed class Procedures : IEndpointGroup
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/procedures").WithTags("Procedures");

        group.MapGet("/", Search).AllowAnonymous()
            .WithSummary("Search published procedures")
            .WithDescription("Every word of q must occur in the code or name; case and Vietnamese diacritics are ignored.")
            .ProducesValidationProblem();
        group.MapGet("/{id:guid}", GetById).AllowAnonymous()
            .WithSummary("Read one version of a procedure by id (earlier versions stay readable)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/by-code/{code}", GetByCode).AllowAnonymous()
            .WithSummary("Read the published version of a procedure by its code")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:guid}/versions", GetVersions).AllowAnonymous()
            .WithSummary("List the versions of the procedure a version belongs to, newest first")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var admin = group.MapGroup("").RequireAdministrator();
        admin.MapPost("/", Create)
            .WithSummary("Create a procedure (version 1, draft)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPut("/{id:guid}", Revise)
            .WithSummary("Edit the latest version: in place while never published, otherwise as a new draft version")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPost("/{id:guid}/publish", Publish)
            .WithSummary("Publish a version; the version published until now is superseded")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPost("/{id:guid}/unpublish", Unpublish)
            .WithSummary("Withdraw a published version from the public catalogue")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Ok<PaginatedList<ProcedureSummaryDto>>> Search(
        ISender sender, [AsParameters] GetProceduresWithPaginationQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));

    private static async Task<Ok<ProcedureDetailDto>> GetById(
        ISender sender, IAuthorizationService authorization, HttpContext http, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetProcedureByIdQuery(id, await IsAdministrator(authorization, http)), cancellationToken));

    private static async Task<Ok<ProcedureDetailDto>> GetByCode(ISender sender, string code, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetProcedureByCodeQuery(code), cancellationToken));

    private static async Task<Ok<IReadOnlyList<ProcedureVersionDto>>> GetVersions(
        ISender sender, IAuthorizationService authorization, HttpContext http, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetProcedureVersionsQuery(id, await IsAdministrator(authorization, http)), cancellationToken));

    private static async Task<Created<ProcedureVersionRefDto>> Create(
        ISender sender, CreateProcedureCommand command, CancellationToken cancellationToken)
    {
        var created = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/procedures/{created.Id}", created);
    }

    private static async Task<Ok<ProcedureVersionRefDto>> Revise(
        ISender sender, Guid id, ReviseProcedureCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(command with { Id = id }, cancellationToken));

    private static async Task<Ok<ProcedureVersionRefDto>> Publish(ISender sender, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new PublishProcedureCommand(id), cancellationToken));

    private static async Task<Ok<ProcedureVersionRefDto>> Unpublish(ISender sender, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new UnpublishProcedureCommand(id), cancellationToken));

    /// <summary>Administrators also read drafts and unpublished versions.</summary>
    private static async Task<bool> IsAdministrator(IAuthorizationService authorization, HttpContext http) =>
        (await authorization.AuthorizeAsync(http.User, Policies.CatalogueAdministration)).Succeeded;
}
