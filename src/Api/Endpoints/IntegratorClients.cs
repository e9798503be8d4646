using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using OneStop.Api.Infrastructure;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Integrators.Commands.CreateIntegratorClient;
using OneStop.Application.Integrators.Commands.RevokeIntegratorClient;
using OneStop.Application.Integrators.Queries.GetIntegratorClients;

namespace OneStop.Api.Endpoints;

/// <summary>Machine clients (client credentials), managed by administrators.</summary>
public sealed class IntegratorClients : IEndpointGroup
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/integrator-clients").WithTags("Integrator clients")
            .RequireAdministrator();
        group.MapGet("/", GetAll).WithSummary("List integrator clients (never their secrets)");
        group.MapPost("/", Create).WithSummary("Register a client; its secret is returned once").ProducesValidationProblem();
        group.MapPost("/{id:guid}/revoke", Revoke).WithSummary("Revoke a client: it gets no new tokens")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<IReadOnlyList<IntegratorClientDto>>> GetAll(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetIntegratorClientsQuery(), cancellationToken));

    private static async Task<Created<CreatedIntegratorClient>> Create(ISender sender, CreateIntegratorClientCommand command, CancellationToken cancellationToken)
    {
        var created = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/integrator-clients/{created.Id}", created);
    }

    private static async Task<NoContent> Revoke(ISender sender, Guid id, CancellationToken cancellationToken)
    {
        await sender.Send(new RevokeIntegratorClientCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }
}
