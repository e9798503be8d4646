using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OneStop.Api.Infrastructure;
using OneStop.Application.Satisfaction.Commands.RateDossier;
using OneStop.Application.Satisfaction.Commands.RateDossierWithToken;
using OneStop.Application.Satisfaction.Common;
using OneStop.Application.Satisfaction.Queries.GetDossierRating;
using OneStop.Application.Satisfaction.Queries.GetRatingInvitation;

namespace OneStop.Api.Endpoints;

/// <summary>
/// Satisfaction ratings of returned dossiers: given once by the applicant, through their account or with the
/// one-time token printed on the receipt, and never changed afterwards.
/// </summary>
public sealed class Ratings : IEndpointGroup
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var dossiers = app.MapGroup("/api/dossiers/{id:guid}/rating").WithTags("Ratings");
        dossiers.MapGet("/", Get).RequireAuthorization(Policies.DossierReaders)
            .WithSummary("The rating of a dossier; 404 while it has none").ProducesProblem(StatusCodes.Status404NotFound);
        dossiers.MapPost("/", Rate).RequireAuthorization(Policies.SignedIn)
            .WithSummary("The applicant rates their returned dossier, once, on time, attitude, clarity and fees")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var tokens = app.MapGroup("/api/ratings").WithTags("Ratings");
        tokens.MapGet("/invitation", Invitation).AllowAnonymous().RequireRateLimiting(RateLimits.TrackingPerAddress)
            .WithSummary("What the receipt's rating token opens: the dossier (no personal data) and whether it can be rated")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);
        tokens.MapPost("/", RateWithToken).AllowAnonymous().RequireRateLimiting(RateLimits.GuestWritesPerAddress)
            .WithSummary("A walk-in applicant rates the returned dossier with the code and the one-time token of the receipt")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
    }

    private static async Task<Ok<DossierRatingDto>> Get(ISender sender, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetDossierRatingQuery(id), cancellationToken));

    private static async Task<Created<DossierRatingDto>> Rate(ISender sender, Guid id, RateDossierCommand command, CancellationToken cancellationToken)
    {
        command.DossierId = id;
        return TypedResults.Created($"/api/dossiers/{id}/rating", await sender.Send(command, cancellationToken));
    }

    private static async Task<Ok<RatingInvitationDto>> Invitation(ISender sender, [FromQuery] string code, [FromQuery] string token,
        CancellationToken cancellationToken) => TypedResults.Ok(await sender.Send(new GetRatingInvitationQuery(code, token), cancellationToken));

    private static async Task<Created<DossierRatingDto>> RateWithToken(ISender sender, RateDossierWithTokenCommand command, CancellationToken cancellationToken)
    {
        var rating = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"/api/dossiers/{rating.DossierId}/rating", rating);
    }
}
