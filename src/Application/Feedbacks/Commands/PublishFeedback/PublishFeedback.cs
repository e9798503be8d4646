using OneStop.Application.Common.Idempotency;
using OneStop.Application.Feedbacks.Common;

namespace OneStop.Application.Feedbacks.Commands.PublishFeedback;

/// <summary>The Leader makes the answered feedback public; public pages hide the submitter's personal data.</summary>
public sealed record PublishFeedbackCommand(uint Version) : RecordAction, IFeedbackTransitionCommand;

public sealed class PublishFeedbackCommandHandler(FeedbackCommandRunner runner) : Mediator.ICommandHandler<PublishFeedbackCommand, FeedbackDetailDto>
{
    public async ValueTask<FeedbackDetailDto> Handle(PublishFeedbackCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(command, (f, c) => f.Publish(c.Actor, c.Now), cancellationToken);
}
