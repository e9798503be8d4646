using Mediator;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Satisfaction.Commands.RateDossierWithToken;
using OneStop.Domain.Dossiers;

namespace OneStop.Application.Satisfaction.Queries.GetRatingInvitation;

/// <summary>What the token rating page shows before the applicant rates: the dossier (no personal data), whether it can be rated yet, whether it was.</summary>
public sealed record GetRatingInvitationQuery(string Code, string Token) : IQuery<RatingInvitationDto>;

public sealed record RatingInvitationDto(string Code, string ProcedureName, DossierStatus Status, DateTimeOffset? ReturnedAt, bool CanRate, bool AlreadyRated);

public sealed class GetRatingInvitationQueryHandler(IApplicationDbContext db, IAccessKeys keys) : IQueryHandler<GetRatingInvitationQuery, RatingInvitationDto>
{
    public async ValueTask<RatingInvitationDto> Handle(GetRatingInvitationQuery query, CancellationToken cancellationToken)
    {
        var dossier = await RatingTokens.FindAsync(db, keys, query.Code, query.Token, cancellationToken);
        var rated = await db.DossierRatings.AnyAsync(r => r.DossierId == dossier.Id, cancellationToken);
        return new RatingInvitationDto(dossier.Code!, dossier.ProcedureName, dossier.Status, dossier.ReturnedAt,
            dossier.Status == DossierStatus.Returned && !rated, rated);
    }
}
