using Mediator;
using OneStop.Application.Common.Interfaces;

namespace OneStop.Application.Identity.Queries.GetOfficers;

/// <summary>Officers, optionally of one agency, by name.</summary>
/// <param name="AgencyId">Only the officers of this agency.</param>
public sealed record GetOfficersQuery(Guid? AgencyId = null) : IQuery<IReadOnlyList<OfficerDto>>;

public sealed class GetOfficersQueryHandler(IIdentityService identity) : IQueryHandler<GetOfficersQuery, IReadOnlyList<OfficerDto>>
{
    public async ValueTask<IReadOnlyList<OfficerDto>> Handle(GetOfficersQuery query, CancellationToken cancellationToken) =>
        await identity.GetOfficersAsync(query.AgencyId, cancellationToken);
}
