using OneStop.Application.Common.Idempotency;
using OneStop.Application.Feedbacks.Common;

namespace OneStop.Application.Feedbacks.Commands.ReturnFeedbackDraft;

/// <summary>The Leader sends the drafted answer back for revision, saying why.</summary>
public sealed record ReturnFeedbackDraftCommand(uint Version, string Note) : RecordAction, IFeedbackTransitionCommand;

public sealed class ReturnFeedbackDraftCommandHandler(FeedbackCommandRunner runner) : Mediator.ICommandHandler<ReturnFeedbackDraftCommand, FeedbackDetailDto>
{
    public async ValueTask<FeedbackDetailDto> Handle(ReturnFeedbackDraftCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(command, (f, c) => f.ReturnDraft(command.Note, c.Actor, c.Now), cancellationToken);
}
