using OneStop.Application.Common.Idempotency;
using OneStop.Application.Feedbacks.Common;

namespace OneStop.Application.Feedbacks.Commands.CloseFeedbackNotInScope;

/// <summary>Closes a complaint or a denunciation, which other laws govern, with the reason and where the submitter should turn.</summary>
public sealed record CloseFeedbackNotInScopeCommand(uint Version, string Reason, string Redirection) : RecordAction, IFeedbackTransitionCommand;

public sealed class CloseFeedbackNotInScopeCommandHandler(FeedbackCommandRunner runner) : Mediator.ICommandHandler<CloseFeedbackNotInScopeCommand, FeedbackDetailDto>
{
    public async ValueTask<FeedbackDetailDto> Handle(CloseFeedbackNotInScopeCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(command, (f, c) => f.CloseNotInScope(command.Reason, command.Redirection, c.Actor, c.Now), cancellationToken);
}
