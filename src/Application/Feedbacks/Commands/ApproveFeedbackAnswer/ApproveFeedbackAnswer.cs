using OneStop.Application.Common.Idempotency;
using OneStop.Application.Feedbacks.Common;

namespace OneStop.Application.Feedbacks.Commands.ApproveFeedbackAnswer;

/// <summary>The Leader approves the drafted answer; with <c>publish</c> it is made public at once.</summary>
public sealed record ApproveFeedbackAnswerCommand(uint Version, bool Publish = false) : RecordAction, IFeedbackTransitionCommand;

public sealed class ApproveFeedbackAnswerCommandHandler(FeedbackCommandRunner runner) : Mediator.ICommandHandler<ApproveFeedbackAnswerCommand, FeedbackDetailDto>
{
    public async ValueTask<FeedbackDetailDto> Handle(ApproveFeedbackAnswerCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(command, (f, c) =>
        {
            f.ApproveAnswer(c.Actor, c.Now);
            if (command.Publish)
            {
                f.Publish(c.Actor, c.Now);
            }
        }, cancellationToken);
}
