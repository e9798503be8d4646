using OneStop.Application.Common.Idempotency;
using OneStop.Application.Feedbacks.Common;

namespace OneStop.Application.Feedbacks.Commands.ReopenFeedback;

/// <summary>The submitter reopens the answered feedback, once, within 30 days of the answer (configurable), saying why.</summary>
public sealed record ReopenFeedbackCommand(uint Version, string Reason, string? Key = null) : RecordAction, IFeedbackTransitionCommand;

public sealed class ReopenFeedbackCommandHandler(FeedbackCommandRunner runner) : Mediator.ICommandHandler<ReopenFeedbackCommand, FeedbackDetailDto>
{
    public async ValueTask<FeedbackDetailDto> Handle(ReopenFeedbackCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(command, (f, c) => f.Reopen(command.Reason, c.Actor, c.Now, c.Calendar, c.Deadlines), cancellationToken);
}
