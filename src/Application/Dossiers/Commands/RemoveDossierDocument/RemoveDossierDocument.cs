using Mediator;
using OneStop.Application.Common.Files;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Dossiers.Common;

namespace OneStop.Application.Dossiers.Commands.RemoveDossierDocument;

/// <summary>Takes a file out of a draft; the stored bytes go once the row is gone.</summary>
public sealed record RemoveDossierDocumentCommand(Guid DossierId, Guid DocumentId) : ICommand;

public sealed class RemoveDossierDocumentCommandHandler(IApplicationDbContext db, DossierAccess access, IFileStorage files)
    : ICommandHandler<RemoveDossierDocumentCommand>
{
    public async ValueTask<Unit> Handle(RemoveDossierDocumentCommand command, CancellationToken cancellationToken)
    {
        var dossier = await access.LoadAsync(command.DossierId, cancellationToken);
        var removed = dossier.RemoveDocument(command.DocumentId, access.Actor);
        await db.SaveChangesAsync(cancellationToken);
        await files.DeleteAsync(removed.StorageKey, cancellationToken);
        return Unit.Value;
    }
}
