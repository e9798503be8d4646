using Mediator;
using OneStop.Application.Dossiers.Common;

namespace OneStop.Application.Dossiers.Queries.GetDossierById;

/// <summary>A dossier the caller may see, with its documents, steps, sub-dossiers, history and the actions open to the caller.</summary>
public sealed record GetDossierByIdQuery(Guid Id) : IQuery<DossierDetailDto>;

public sealed class GetDossierByIdQueryHandler(DossierAccess access, DossierReader reader) : IQueryHandler<GetDossierByIdQuery, DossierDetailDto>
{
    public async ValueTask<DossierDetailDto> Handle(GetDossierByIdQuery query, CancellationToken cancellationToken) =>
        await reader.ReadAsync(await access.LoadAsync(query.Id, cancellationToken), cancellationToken);
}
