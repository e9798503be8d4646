using OneStop.Application.Common.Idempotency;
using OneStop.Application.Feedbacks.Common;

namespace OneStop.Application.Feedbacks.Commands.RateFeedback;

/// <summary>The submitter says whether the answer satisfies them, once per answer.</summary>
public sealed record RateFeedbackCommand(uint Version, bool Satisfied, string? Comment = null, string? Key = null) : RecordAction, IFeedbackTransitionCommand;

public sealed class RateFeedbackCommandHandler(FeedbackCommandRunner runner) : Mediator.ICommandHandler<RateFeedbackCommand, FeedbackDetailDto>
{
    public async ValueTask<FeedbackDetailDto> Handle(RateFeedbackCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(command, (f, c) => f.Rate(command.Satisfied, command.Comment, c.Actor, c.Now), cancellationToken);
}
