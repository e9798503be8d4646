using System.Text.Json;
using Mediator;
using OneStop.Application.Common.Idempotency;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Dossiers.Queries.GetDossierById;
using OneStop.Domain.Dossiers;

namespace OneStop.Application.Dossiers.Common;

/// <summary>A command that may submit a dossier, which then needs its code.</summary>
public interface ISubmitsDossier : ICommand<DossierDetailDto>, IIdempotentCommand;

/// <summary>
/// Gives the dossier a command submitted its code once the command's transaction has committed (ADR-008), and answers
/// the numbered dossier; the answer recorded under the idempotency key is completed in the same statement. It runs
/// outside <c>IdempotencyBehaviour</c>, whose transaction must have committed first. A replayed answer still without
/// a code (its request stopped between the commit and the numbering) is numbered the same way; numbering a dossier
/// twice is a no-op.
/// </summary>
public sealed class DossierNumberingBehaviour<TMessage, TResponse>(IDossierCodeGenerator codes, IUser user)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage, ISubmitsDossier
{
    // The recorded answer is serialised with JsonSerializerOptions.Web (IdempotencyBehaviour).
    private static readonly string CodeProperty = JsonSerializerOptions.Web.PropertyNamingPolicy!.ConvertName(nameof(DossierDetailDto.Code));
    private static readonly string VersionProperty = JsonSerializerOptions.Web.PropertyNamingPolicy!.ConvertName(nameof(DossierDetailDto.Version));

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var response = await next(message, cancellationToken);
        if (response is not DossierDetailDto { Code: null, Status: not DossierStatus.Draft } submitted)
        {
            return response;
        }
        var answer = IdempotencyCaller.Of(message, user) is { } caller
            ? new RecordedAnswer(caller, message.IdempotencyKey!, CodeProperty, VersionProperty)
            : null;
        var (code, version) = await codes.NumberAsync(submitted.Id, answer, cancellationToken);
        return (TResponse)(object)(submitted with { Code = code, Version = version });
    }
}
