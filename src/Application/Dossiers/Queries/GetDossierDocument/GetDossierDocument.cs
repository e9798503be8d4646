using Mediator;
using OneStop.Application.Common.Exceptions;
using OneStop.Application.Common.Files;
using OneStop.Application.Dossiers.Common;
using OneStop.Domain.Dossiers;

namespace OneStop.Application.Dossiers.Queries.GetDossierDocument;

/// <summary>The bytes of one document of a dossier the caller may see (the applicant downloads the electronic result this way).</summary>
public sealed record GetDossierDocumentQuery(Guid DossierId, Guid DocumentId) : IQuery<DocumentContent>;

public sealed class GetDossierDocumentQueryHandler(DossierAccess access, IFileStorage files) : IQueryHandler<GetDossierDocumentQuery, DocumentContent>
{
    public async ValueTask<DocumentContent> Handle(GetDossierDocumentQuery query, CancellationToken cancellationToken)
    {
        var dossier = await access.LoadAsync(query.DossierId, cancellationToken);
        var document = dossier.Documents.FirstOrDefault(d => d.Id == query.DocumentId)
            ?? throw new NotFoundException(nameof(DossierDocument), query.DocumentId);
        var content = await files.OpenReadAsync(document.StorageKey, cancellationToken)
            ?? throw new InvalidOperationException($"The stored file of document {document.Id} is missing.");
        return new DocumentContent(content, document.ContentType, document.FileName);
    }
}
