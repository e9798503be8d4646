using System.Text.Json.Serialization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Http.HttpResults;
using OneStop.Api.Infrastructure;
using OneStop.Application.Common.Exceptions;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Identity.Commands;
using OneStop.Application.Identity.Commands.RefreshTokens;
using OneStop.Application.Identity.Commands.RegisterCitizen;
using OneStop.Application.Identity.Commands.RegisterOrganisation;
using OneStop.Application.Identity.Commands.SignIn;
using OneStop.Application.Identity.Commands.SignOut;
using OneStop.Application.Identity.Queries.GetCurrentUser;
using OneStop.Application.Integrators.Commands.IssueClientToken;

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
        limited.MapPost("/register-organisation", RegisterOrganisation)
            .WithSummary("Register an organisation account (tax code, representative)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        limited.MapPost("/sign-in", SignIn)
            .WithSummary("Sign in with an e-mail address, a citizen ID or a tax code; returns an access token and a refresh token")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapPost("/refresh", Refresh).AllowAnonymous()
            .WithSummary("Renew the tokens; a refresh token works once, and reusing one ends the session")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapPost("/sign-out", SignOut).AllowAnonymous()
            .WithSummary("End the session the refresh token belongs to")
            .ProducesValidationProblem();
        group.MapPost("/token", ClientToken).AllowAnonymous().DisableAntiforgery()
            .WithSummary("OAuth 2 client-credentials grant for integrators (form-encoded; RFC 6749 section 4.4)")
            .Produces<OAuthError>(StatusCodes.Status400BadRequest)
            .Produces<OAuthError>(StatusCodes.Status401Unauthorized);
        group.MapGet("/me", Me).RequireAuthorization(Policies.SignedIn)
            .WithSummary("The signed-in account")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
    }

    private static async Task<Created<RegisteredAccountDto>> Register(ISender sender, RegisterCitizenCommand command, CancellationToken cancellationToken)
    {
        var id = await sender.Send(command, cancellationToken);
        return TypedResults.Created("/api/auth/me", new RegisteredAccountDto(id));
    }

    private static async Task<Created<RegisteredAccountDto>> RegisterOrganisation(
        ISender sender, RegisterOrganisationCommand command, CancellationToken cancellationToken)
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

    private static async Task<Results<Ok<OAuthTokenResponse>, JsonHttpResult<OAuthError>>> ClientToken(
        ISender sender, [FromForm] OAuthClientCredentials form, CancellationToken cancellationToken)
    {
        if (form.grant_type != "client_credentials")
        {
            return TypedResults.Json(new OAuthError("unsupported_grant_type"), statusCode: StatusCodes.Status400BadRequest);
        }
        var scopes = form.scope?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        ClientToken? token;
        try
        {
            token = await sender.Send(new IssueClientTokenCommand(form.client_id ?? "", form.client_secret ?? "", scopes), cancellationToken);
        }
        catch (InvalidScopeException)
        {
            // OAuth answers in its own error format (RFC 6749 §5.2), not problem details.
            return TypedResults.Json(new OAuthError("invalid_scope"), statusCode: StatusCodes.Status400BadRequest);
        }
        return token is null
            ? TypedResults.Json(new OAuthError("invalid_client"), statusCode: StatusCodes.Status401Unauthorized)
            : TypedResults.Ok(new OAuthTokenResponse(token.AccessToken, "Bearer", token.ExpiresInSeconds, string.Join(' ', token.Scopes)));
    }

    private static async Task<Ok<AccountDto>> Me(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetCurrentUserQuery(), cancellationToken));
}

/// <summary>The form of the client-credentials grant, with OAuth's own field names.</summary>
public sealed record OAuthClientCredentials(string? grant_type, string? client_id, string? client_secret, string? scope);

/// <summary>A token response as OAuth 2 defines it.</summary>
public sealed record OAuthTokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("scope")] string Scope);

/// <summary>An error as OAuth 2 defines it, e.g. invalid_client.</summary>
public sealed record OAuthError([property: JsonPropertyName("error")] string Error);

/// <summary>The id of the account just created.</summary>
public sealed record RegisteredAccountDto(Guid Id);
