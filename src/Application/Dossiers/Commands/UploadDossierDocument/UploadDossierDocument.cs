using Mediator;
using OneStop.Application.Common.Files;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Dossiers.Common;
using OneStop.Application.Dossiers.Queries.GetDossierById;
using OneStop.Domain.Common;
using OneStop.Domain.Dossiers;

namespace OneStop.Application.Dossiers.Commands.UploadDossierDocument;

/// <summary>
/// Adds one file to a dossier: a component of a draft, a supplement, an officer's attachment or the result.
/// The type is read from the content (PDF, JPEG or PNG), at most 20 MB. The file is stored first and the row
/// referencing it saved after; if the save fails the file is deleted, so nothing unreachable is left behind.
/// </summary>
public sealed record UploadDossierDocumentCommand(Guid DossierId, DocumentPurpose Purpose, int? RequiredDocumentIndex, string FileName, Stream Content)
    : ICommand<DossierDocumentDto>;

public sealed class UploadDossierDocumentCommandHandler(IApplicationDbContext db, DossierAccess access, IFileStorage files, TimeProvider clock)
    : ICommandHandler<UploadDossierDocumentCommand, DossierDocumentDto>
{
    public async ValueTask<DossierDocumentDto> Handle(UploadDossierDocumentCommand command, CancellationToken cancellationToken)
    {
        var upload = await UploadCheck.InspectAsync(command.Content, UploadRules.StorageFieldName, cancellationToken);
        var dossier = await access.LoadAsync(command.DossierId, cancellationToken);
        var stored = await files.SaveAsync(upload.Content, upload.ContentType, cancellationToken);
        try
        {
            var fileName = Path.GetFileName(command.FileName.Trim());
            var document = dossier.AddDocument(
                new FileReference(fileName.Length == 0 ? $"document{upload.Kind.FileExtension()}" : fileName, upload.ContentType, stored.Length, stored.Sha256, stored.Key),
                command.Purpose, command.RequiredDocumentIndex, access.Actor, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return new DossierDocumentDto(document.Id, document.Purpose, document.RequiredDocumentIndex, document.FileName, document.ContentType,
                document.Length, document.Digitized, document.UploadedAt);
        }
        catch
        {
            await files.DeleteAsync(stored.Key, CancellationToken.None);
            throw;
        }
    }
}
