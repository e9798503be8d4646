using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using OneStop.Api.Infrastructure;
using OneStop.Application.Calendar.Commands.SaveWorkingCalendarYear;
using OneStop.Application.Calendar.Queries.GetWorkingCalendarYear;

namespace OneStop.Api.Endpoints;

/// <summary>The working calendar deadlines are counted on: public to read, edited by administrators per year.</summary>
public sealed class Calendar : IEndpointGroup
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/calendar").WithTags("Calendar");
        group.MapGet("/{year:int}", Get).AllowAnonymous().WithSummary("A year's office hours, cut-off, holidays and make-up working days")
            .ProducesValidationProblem();
        group.MapPut("/{year:int}", Save).RequireAdministrator().WithSummary("Set a year's working calendar as a whole")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Ok<WorkingCalendarYearDto>> Get(ISender sender, int year, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetWorkingCalendarYearQuery(year), cancellationToken));

    private static async Task<Ok<WorkingCalendarYearDto>> Save(ISender sender, int year, SaveWorkingCalendarYearCommand command, CancellationToken cancellationToken)
    {
        command.Year = year;
        return TypedResults.Ok(await sender.Send(command, cancellationToken));
    }
}
