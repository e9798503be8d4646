using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OneStop.Application.Common.Idempotency;

namespace OneStop.Api.Infrastructure;

public static class EndpointRouteBuilderExtensions
{

    /// <summary>Calls <see cref="IEndpointGroup.Map"/> of every group in this assembly.</summary>
    public static IEndpointRouteBuilder MapEndpointGroups(this IEndpointRouteBuilder app)
    {
        var groups = typeof(IEndpointGroup).Assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(IEndpointGroup)));
        foreach (var group in groups)
        {
            group.GetMethod(nameof(IEndpointGroup.Map))!.Invoke(null, [app]);
        }
        return app;
    }

    /// <summary>Only administrators: the policy, and the 401 and 403 answers declared for OpenAPI.</summary>
    public static RouteGroupBuilder RequireAdministrator(this RouteGroupBuilder group) =>
        group.RequireAuthorization(Policies.CatalogueAdministration)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    /// <inheritdoc cref="RequireAdministrator(RouteGroupBuilder)"/>
    public static RouteHandlerBuilder RequireAdministrator(this RouteHandlerBuilder endpoint) =>
        endpoint.RequireAuthorization(Policies.CatalogueAdministration)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    /// <summary>
    /// <c>POST {id}/{action}</c> for an action on one record: the route's id and the <c>Idempotency-Key</c> header go
    /// into the command, and the answers every such action may give are declared for OpenAPI.
    /// </summary>
    public static RouteHandlerBuilder MapRecordAction<TCommand, TResult>(this RouteGroupBuilder group, string action, string name, string summary)
        where TCommand : IRecordActionCommand, ICommand<TResult> =>
        group.MapPost($"/{{id:guid}}/{action}", async Task<Ok<TResult>> (
                Guid id, TCommand command, [FromHeader(Name = Headers.IdempotencyKey)] string? idempotencyKey, ISender sender, CancellationToken cancellationToken) =>
            {
                command.Id = id;
                command.IdempotencyKey = idempotencyKey;
                return TypedResults.Ok(await sender.Send(command, cancellationToken));
            })
            .WithName(name)
            .WithSummary(summary)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
