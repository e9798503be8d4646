using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using OneStop.Api.Infrastructure;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Identity.Commands.ChangeOfficerRoles;
using OneStop.Application.Identity.Commands.CreateOfficer;
using OneStop.Application.Identity.Commands.SetOfficerActive;
using OneStop.Application.Identity.Queries.GetColleagues;
using OneStop.Application.Identity.Queries.GetOfficers;

namespace OneStop.Api.Endpoints;

/// <summary>Officer accounts, managed by administrators.</summary>
public sealed class Officers : IEndpointGroup
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/officers/colleagues", GetColleagues).WithTags("Officers").RequireAuthorization(Policies.Officer)
            .WithSummary("The active officers of the caller's agency, to assign a dossier step to");
        var group = app.MapGroup("/api/officers").WithTags("Officers")
            .RequireAdministrator();
        group.MapGet("/", GetAll).WithSummary("List officers, optionally of one agency");
        group.MapPost("/", Create)
            .WithSummary("Create an officer of one agency with roles; the initial password is returned once")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/{id:guid}/roles", ChangeRoles).WithSummary("Replace an officer's roles")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/deactivate", (ISender sender, Guid id, CancellationToken cancellationToken) => SetActive(sender, id, false, cancellationToken))
            .WithSummary("Deactivate an officer: sign-in refused and sessions revoked").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/reactivate", (ISender sender, Guid id, CancellationToken cancellationToken) => SetActive(sender, id, true, cancellationToken))
            .WithSummary("Reactivate a deactivated officer").ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<NoContent> ChangeRoles(ISender sender, Guid id, ChangeOfficerRolesCommand command, CancellationToken cancellationToken)
    {
        command.OfficerId = id;
        await sender.Send(command, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> SetActive(ISender sender, Guid id, bool active, CancellationToken cancellationToken)
    {
        await sender.Send(new SetOfficerActiveCommand(id, active), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<ColleagueDto>>> GetColleagues(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetColleaguesQuery(), cancellationToken));

    private static async Task<Ok<IReadOnlyList<OfficerDto>>> GetAll(ISender sender, [AsParameters] GetOfficersQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));

    private static async Task<Created<CreatedOfficer>> Create(ISender sender, CreateOfficerCommand command, CancellationToken cancellationToken)
    {
        var created = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/officers/{created.Id}", created);
    }
}
