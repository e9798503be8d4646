using Mediator;
using OneStop.Application.Common.Interfaces;

namespace OneStop.Application.Identity.Queries.GetColleagues;

/// <summary>The active officers of the caller's agency, to whom a dossier step can be assigned.</summary>
public sealed record GetColleaguesQuery : IQuery<IReadOnlyList<ColleagueDto>>;

/// <summary>An officer as a colleague sees them: no contact details.</summary>
public sealed record ColleagueDto(Guid Id, string FullName, IReadOnlyList<string> Roles);

public sealed class GetColleaguesQueryHandler(IIdentityService identity, IUser user) : IQueryHandler<GetColleaguesQuery, IReadOnlyList<ColleagueDto>>
{
    public async ValueTask<IReadOnlyList<ColleagueDto>> Handle(GetColleaguesQuery query, CancellationToken cancellationToken)
    {
        var agency = user.AgencyIds.Count == 1 && user.Scopes.Count == 0
            ? user.AgencyIds[0]
            : throw new UnauthorizedAccessException("Only an officer of an agency has colleagues.");
        var officers = await identity.GetOfficersAsync(agency, cancellationToken);
        return officers.Where(o => o.Active).Select(o => new ColleagueDto(o.Id, o.FullName, o.Roles)).ToList();
    }
}
