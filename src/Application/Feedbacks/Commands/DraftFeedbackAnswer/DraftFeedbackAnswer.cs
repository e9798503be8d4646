using OneStop.Application.Common.Idempotency;
using OneStop.Application.Feedbacks.Common;

namespace OneStop.Application.Feedbacks.Commands.DraftFeedbackAnswer;

/// <summary>A Processor writes or revises the answer; it waits for the Leader's approval.</summary>
public sealed record DraftFeedbackAnswerCommand(uint Version, string Text) : RecordAction, IFeedbackTransitionCommand;

public sealed class DraftFeedbackAnswerCommandHandler(FeedbackCommandRunner runner) : Mediator.ICommandHandler<DraftFeedbackAnswerCommand, FeedbackDetailDto>
{
    public async ValueTask<FeedbackDetailDto> Handle(DraftFeedbackAnswerCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(command, (f, c) => f.DraftAnswer(command.Text, c.Actor, c.Now), cancellationToken);
}
