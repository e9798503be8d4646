using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OneStop.Application.Common.Exceptions;
using OneStop.Application.Common.Idempotency;
using OneStop.Application.Dossiers.Common;
using OneStop.Application.Feedbacks.Common;
using OneStop.Domain.Feedbacks.Exceptions;
using OneStop.Domain.Common;
using OneStop.Domain.Dossiers.Exceptions;

namespace OneStop.Api.Infrastructure;

/// <summary>The one place where exceptions become RFC 9457 problem details.</summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    private const string UniqueViolation = "23505";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // Publishing domain events can wrap the real failure.
        if (exception is AggregateException { InnerExceptions.Count: 1 } single)
        {
            return await TryHandleAsync(httpContext, single.InnerException!, cancellationToken);
        }
        var problem = exception switch
        {
            ValidationException validation => Validation(validation.Errors),
            BadHttpRequestException badRequest => BadRequest(badRequest),
            AuthenticationFailedException failed => Problem(StatusCodes.Status401Unauthorized, "Not signed in", failed.Message),
            ExternalSignInFailedException failed => Problem(StatusCodes.Status401Unauthorized, "External sign-in failed", failed.Message,
                "/problems/external-sign-in-failed"),
            ExternalProviderUnavailableException unavailable => Problem(StatusCodes.Status503ServiceUnavailable, "Identity provider unavailable",
                unavailable.Message),
            DuplicateAccountException duplicate => Problem(StatusCodes.Status409Conflict, "Account exists", duplicate.Message),
            UnauthorizedAccessException denied => Problem(StatusCodes.Status403Forbidden, "Forbidden", denied.Message),
            AccessDeniedException denied => Problem(StatusCodes.Status403Forbidden, "Forbidden", denied.Message, $"/problems/{denied.Rule}"),
            InvalidDossierTransitionException transition => WithExtensions(
                Problem(StatusCodes.Status409Conflict, "Action not allowed in this status", transition.Message, $"/problems/{transition.Rule}"),
                ("currentStatus", transition.CurrentStatus.ToString()), ("attemptedStatus", transition.AttemptedStatus?.ToString())),
            DossierConflictException conflict => WithExtensions(
                Problem(StatusCodes.Status409Conflict, "Changed by someone else", conflict.Message, "/problems/dossier-changed"),
                ("current", conflict.Current)),
            InvalidFeedbackTransitionException transition => WithExtensions(
                Problem(StatusCodes.Status409Conflict, "Action not allowed in this status", transition.Message, $"/problems/{transition.Rule}"),
                ("currentStatus", transition.CurrentStatus.ToString())),
            FeedbackConflictException conflict => WithExtensions(
                Problem(StatusCodes.Status409Conflict, "Changed by someone else", conflict.Message, "/problems/feedback-changed"),
                ("current", conflict.Current)),
            IdempotencyConflictException reused => Problem(StatusCodes.Status422UnprocessableEntity, "Idempotency key reused", reused.Message,
                "/problems/idempotency-key-reused"),
            NotFoundException notFound => Problem(StatusCodes.Status404NotFound, "Not found", notFound.Message),
            DuplicateCodeException duplicate => Problem(StatusCodes.Status409Conflict, "Duplicate code", duplicate.Message),
            DomainException rule => Problem(StatusCodes.Status409Conflict, "Business rule violated", rule.Message, $"/problems/{rule.Rule}"),
            DbUpdateConcurrencyException => Problem(StatusCodes.Status409Conflict, "Changed by someone else",
                "The record was changed by someone else; reload it and try again."),
            DbUpdateException { InnerException: PostgresException { SqlState: UniqueViolation } } => Problem(StatusCodes.Status409Conflict,
                "Conflict", "The change conflicts with a record written at the same time; reload and try again."),
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ValidationProblemDetails Validation(IDictionary<string, string[]> errors) => new(
        errors.ToDictionary(e => CamelCasePath(e.Key), e => e.Value))
    {
        Status = StatusCodes.Status400BadRequest,
        Title = "One or more validation errors occurred.",
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
    };

    /// <summary>A body that is not valid JSON for the endpoint, or a query value of the wrong type.</summary>
    private static ProblemDetails BadRequest(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException { Path: { } path } json)
        {
            var field = path.TrimStart('$', '.');
            return Validation(new Dictionary<string, string[]>
            {
                [field.Length == 0 ? "body" : field] = [json.Message.Split(" Path:")[0]],
            });
        }
        return Problem(exception.StatusCode, "Bad request", exception.Message);
    }

    private static ProblemDetails WithExtensions(ProblemDetails problem, params (string Name, object? Value)[] extensions)
    {
        foreach (var (name, value) in extensions)
        {
            problem.Extensions[name] = value;
        }
        return problem;
    }

    private static ProblemDetails Problem(int status, string title, string detail, string? type = null) => new()
    {
        Status = status,
        Title = title,
        Detail = detail,
        Type = type,
    };

    /// <summary>"Cases[0].Documents[1].Name" → "cases[0].documents[1].name", matching the JSON the client sent.</summary>
    private static string CamelCasePath(string path) =>
        string.Join('.', path.Split('.').Select(segment => JsonNamingPolicy.CamelCase.ConvertName(segment)));
}
