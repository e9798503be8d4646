using OneStop.Application.Common.Files;
using OneStop.Application.Common.Idempotency;
using OneStop.Application.Feedbacks.Common;
using OneStop.Domain.Feedbacks;

namespace OneStop.Application.Feedbacks.Commands.TransferFeedback;

/// <summary>Sends the feedback to another agency because it lies outside this one's competence, with the reason; the history keeps every hop.</summary>
public sealed record TransferFeedbackCommand(uint Version, Guid AgencyId, string Reason, bool ConsultsOtherAgencies = false) : RecordAction, IFeedbackTransitionCommand;

public sealed class TransferFeedbackCommandHandler(FeedbackCommandRunner runner, IFileStorage files) : Mediator.ICommandHandler<TransferFeedbackCommand, FeedbackDetailDto>
{
    public async ValueTask<FeedbackDetailDto> Handle(TransferFeedbackCommand command, CancellationToken cancellationToken)
    {
        IReadOnlyList<FeedbackAttachment> dropped = [];
        var result = await runner.RunAsync(command, (f, c) =>
            dropped = f.Transfer(command.AgencyId, command.Reason, command.ConsultsOtherAgencies, c.Actor, c.Now, c.Calendar, c.Deadlines), cancellationToken);
        // The files of the dropped draft go once the transfer is saved; the sweep would find them otherwise.
        foreach (var attachment in dropped)
        {
            await files.DeleteAsync(attachment.StorageKey, CancellationToken.None);
        }
        return result;
    }
}
