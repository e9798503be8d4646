using Mediator;
using OneStop.Application.Common.Files;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Feedbacks.Common;

namespace OneStop.Application.Feedbacks.Commands.RemoveFeedbackAnswerFile;

/// <summary>Takes a file out of the answer being prepared; the stored file is deleted once the change is saved.</summary>
public sealed record RemoveFeedbackAnswerFileCommand(Guid FeedbackId, Guid AttachmentId) : ICommand;

public sealed class RemoveFeedbackAnswerFileCommandHandler(IApplicationDbContext db, FeedbackAccess access, IFileStorage files)
    : ICommandHandler<RemoveFeedbackAnswerFileCommand>
{
    public async ValueTask<Unit> Handle(RemoveFeedbackAnswerFileCommand command, CancellationToken cancellationToken)
    {
        var feedback = await access.LoadAsync(command.FeedbackId, null, cancellationToken);
        var attachment = feedback.RemoveAnswerAttachment(command.AttachmentId, access.ActorFor(feedback, null));
        await db.SaveChangesAsync(cancellationToken);
        await files.DeleteAsync(attachment.StorageKey, CancellationToken.None);
        return Unit.Value;
    }
}
