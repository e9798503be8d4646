using OneStop.Application.Common.Idempotency;
using OneStop.Application.Feedbacks.Common;
using OneStop.Domain.Feedbacks;

namespace OneStop.Application.Feedbacks.Commands.AssignFeedback;

/// <summary>Classifies the feedback and routes it to the competent agency; the answer deadline starts (10 working days, 20 when other agencies are consulted).</summary>
public sealed record AssignFeedbackCommand(uint Version, FeedbackCategory Category, Guid AgencyId, bool ConsultsOtherAgencies = false, string? Note = null) : RecordAction, IFeedbackTransitionCommand;

public sealed class AssignFeedbackCommandHandler(FeedbackCommandRunner runner) : Mediator.ICommandHandler<AssignFeedbackCommand, FeedbackDetailDto>
{
    public async ValueTask<FeedbackDetailDto> Handle(AssignFeedbackCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(command, (f, c) => f.Assign(command.Category, command.AgencyId, command.ConsultsOtherAgencies, command.Note, c.Actor, c.Now, c.Calendar, c.Deadlines), cancellationToken);
}
