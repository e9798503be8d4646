using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using OneStop.Api.Infrastructure;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Identity.Commands;
using OneStop.Application.Identity.Commands.RefreshTokens;
using OneStop.Application.Identity.Commands.RegisterCitizen;
using OneStop.Application.Identity.Commands.SignIn;
using OneStop.Application.Identity.Commands.SignOut;
using OneStop.Application.Identity.Queries.GetCurrentUser;

namespace OneStop.Api.Endpoints;

/// <summary>Registration, sign-in, token renewal and sign-out.</summary>
public sealed class Auth : IEndpointGroup
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Auth");
        var limited = group.MapGroup("").AllowAnonymous().RequireRateLimiting(RateLimits.SignInPerAddress)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        limited.MapPost("/register", Register)
            .WithSummary("Register a citizen account")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        limited.MapPost("/sign-in", SignIn)
            .WithSummary("Sign in with an e-mail address or citizen ID; returns an access token and a refresh token")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapPost("/refresh", Refresh).AllowAnonymous()
            .WithSummary("Renew the tokens; a refresh token works once, and reusing one ends the session")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapPost("/sign-out", SignOut).AllowAnonymous()
            .WithSummary("End the session the refresh token belongs to")
            .ProducesValidationProblem();
        group.MapGet("/me", Me).RequireAuthorization(Policies.SignedIn)
            .WithSummary("The signed-in account")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
    }

    private static async Task<Created<RegisteredAccountDto>> Register(ISender sender, RegisterCitizenCommand command, CancellationToken cancellationToken)
    {
        var id = await sender.Send(command, cancellationToken);
        return TypedResults.Created("/api/auth/me", new RegisteredAccountDto(id));
    }

    private static async Task<Ok<TokenPairDto>> SignIn(ISender sender, SignInCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(command, cancellationToken));

    private static async Task<Ok<TokenPairDto>> Refresh(ISender sender, RefreshTokensCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(command, cancellationToken));

    private static async Task<NoContent> SignOut(ISender sender, SignOutCommand command, CancellationToken cancellationToken)
    {
        await sender.Send(command, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<AccountDto>> Me(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetCurrentUserQuery(), cancellationToken));
}

/// <summary>The id of the account just created.</summary>
public sealed record RegisteredAccountDto(Guid Id);
