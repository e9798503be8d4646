using Mediator;
using OneStop.Application.Common.Interfaces;

namespace OneStop.Application.Integrators.Queries.GetIntegratorClients;

/// <summary>Every integrator client, newest first; secrets are never shown again.</summary>
public sealed record GetIntegratorClientsQuery : IQuery<IReadOnlyList<IntegratorClientDto>>;

public sealed class GetIntegratorClientsQueryHandler(IIntegratorClients clients) : IQueryHandler<GetIntegratorClientsQuery, IReadOnlyList<IntegratorClientDto>>
{
    public async ValueTask<IReadOnlyList<IntegratorClientDto>> Handle(GetIntegratorClientsQuery query, CancellationToken cancellationToken) =>
        await clients.ListAsync(cancellationToken);
}
