using Mediator;
using OneStop.Application.Common.Files;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Feedbacks.Common;
using OneStop.Domain.Common;

namespace OneStop.Application.Feedbacks.Commands.AttachFeedbackAnswerFile;

/// <summary>
/// Adds a file to the answer being prepared (PDF, JPEG or PNG, at most 20 MB). Stored first, then referenced;
/// a failed save deletes it again.
/// </summary>
public sealed record AttachFeedbackAnswerFileCommand(Guid FeedbackId, string FileName, Stream Content) : ICommand<FeedbackAttachmentDto>;

public sealed class AttachFeedbackAnswerFileCommandHandler(IApplicationDbContext db, FeedbackAccess access, IFileStorage files, TimeProvider clock)
    : ICommandHandler<AttachFeedbackAnswerFileCommand, FeedbackAttachmentDto>
{
    public async ValueTask<FeedbackAttachmentDto> Handle(AttachFeedbackAnswerFileCommand command, CancellationToken cancellationToken)
    {
        var upload = await UploadCheck.InspectAsync(command.Content, UploadRules.StorageFieldName, cancellationToken);
        var feedback = await access.LoadAsync(command.FeedbackId, null, cancellationToken);
        var stored = await files.SaveAsync(upload.Content, upload.ContentType, cancellationToken);
        try
        {
            var fileName = Path.GetFileName(command.FileName.Trim());
            var attachment = feedback.AttachToAnswer(
                new FileReference(fileName.Length == 0 ? $"answer{upload.Kind.FileExtension()}" : fileName, upload.ContentType, stored.Length, stored.Sha256, stored.Key),
                access.ActorFor(feedback, null), clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return FeedbackAttachmentDto.From(attachment);
        }
        catch
        {
            await files.DeleteAsync(stored.Key, CancellationToken.None);
            throw;
        }
    }
}
