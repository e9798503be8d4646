using Mediator;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Exceptions;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Satisfaction.Common;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Satisfaction;

namespace OneStop.Application.Satisfaction.Commands.RateDossierWithToken;

/// <summary>
/// A walk-in applicant without an account rates their returned dossier with the code and the one-time token printed
/// on the receipt. A wrong token answers like an unknown code (404); the token is spent by the rating.
/// </summary>
public sealed record RateDossierWithTokenCommand(string Code, string Token, SatisfactionLevel Time, SatisfactionLevel Attitude,
    SatisfactionLevel Clarity, SatisfactionLevel Fees, string? Comment) : ICommand<DossierRatingDto>, IDossierRatingInput;

public sealed class RateDossierWithTokenCommandHandler(IApplicationDbContext db, IAccessKeys keys, DossierRatings ratings)
    : ICommandHandler<RateDossierWithTokenCommand, DossierRatingDto>
{
    public async ValueTask<DossierRatingDto> Handle(RateDossierWithTokenCommand command, CancellationToken cancellationToken)
    {
        var dossier = await RatingTokens.FindAsync(db, keys, command.Code, command.Token, cancellationToken);
        return await ratings.RateAsync(dossier, command, RatingChannel.ReceiptToken, null, cancellationToken);
    }
}

/// <summary>Finds the dossier a receipt's rating token belongs to.</summary>
public static class RatingTokens
{
    public static async Task<Dossier> FindAsync(IApplicationDbContext db, IAccessKeys keys, string code, string token, CancellationToken cancellationToken)
    {
        var trimmed = code.Trim().ToUpperInvariant();
        var dossier = await db.Dossiers.SingleOrDefaultAsync(d => d.Code == trimmed, cancellationToken);
        return dossier is not null && keys.Verify(AccessKeyPurposes.DossierRating, dossier.Id, token)
            ? dossier
            : throw new NotFoundException(nameof(Dossier), code);
    }
}
