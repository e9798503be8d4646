using Mediator;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Exceptions;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Dossiers.Common;
using OneStop.Application.Satisfaction.Common;
using OneStop.Domain.Satisfaction;

namespace OneStop.Application.Satisfaction.Queries.GetDossierRating;

/// <summary>The rating of a dossier the caller may see; 404 when it has none yet.</summary>
public sealed record GetDossierRatingQuery(Guid DossierId) : IQuery<DossierRatingDto>;

public sealed class GetDossierRatingQueryHandler(IApplicationDbContext db, DossierAccess access) : IQueryHandler<GetDossierRatingQuery, DossierRatingDto>
{
    public async ValueTask<DossierRatingDto> Handle(GetDossierRatingQuery query, CancellationToken cancellationToken)
    {
        var visible = await access.VisibleAsync(cancellationToken);
        var rating = await db.DossierRatings.AsNoTracking()
            .Where(r => r.DossierId == query.DossierId && visible.Any(d => d.Id == r.DossierId))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(nameof(DossierRating), query.DossierId);
        return DossierRatingDto.From(rating);
    }
}
