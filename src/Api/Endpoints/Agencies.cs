using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using OneStop.Api.Infrastructure;
using OneStop.Application.Agencies.Commands.CreateAgency;
using OneStop.Application.Agencies.Commands.DissolveAgency;
using OneStop.Application.Agencies.Queries.GetAgencies;

namespace OneStop.Api.Endpoints;

/// <summary>The organisation tree of the province.</summary>
public sealed class Agencies : IEndpointGroup
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/agencies").WithTags("Agencies");
        group.MapGet("/", GetAll).AllowAnonymous().WithSummary("List the organisation tree, parents before children");
        group.MapPost("/", Create).RequireAdministrator()
            .WithSummary("Add an agency: a province, or a node under an existing agency")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/dissolve", Dissolve).RequireAdministrator()
            .WithSummary("End an agency's validity and name its successor (mergers)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Ok<IReadOnlyList<AgencyDto>>> GetAll(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetAgenciesQuery(), cancellationToken));

    private static async Task<Ok<AgencyDto>> Dissolve(ISender sender, Guid id, DissolveAgencyCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(command with { Id = id }, cancellationToken));

    private static async Task<Created<AgencyDto>> Create(ISender sender, CreateAgencyCommand command, CancellationToken cancellationToken)
    {
        var agency = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/agencies/{agency.Id}", agency);
    }
}
