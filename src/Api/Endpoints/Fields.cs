using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using OneStop.Api.Infrastructure;
using OneStop.Application.Fields.Commands.CreateField;
using OneStop.Application.Fields.Queries.GetFields;

namespace OneStop.Api.Endpoints;

/// <summary>Fields (lĩnh vực) of the catalogue.</summary>
public sealed class Fields : IEndpointGroup
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/fields").WithTags("Fields");
        group.MapGet("/", GetAll).AllowAnonymous().WithSummary("List every field, by name");
        group.MapPost("/", Create).RequireAdministrator()
            .WithSummary("Add a field")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Ok<IReadOnlyList<FieldDto>>> GetAll(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetFieldsQuery(), cancellationToken));

    private static async Task<Created<FieldDto>> Create(ISender sender, CreateFieldCommand command, CancellationToken cancellationToken)
    {
        var field = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/fields/{field.Id}", field);
    }
}
