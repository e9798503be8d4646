using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Interfaces;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Satisfaction;

namespace OneStop.Application.Satisfaction.Common;

/// <summary>A dossier's rating as it was given; read-only for everyone.</summary>
public sealed record DossierRatingDto(
    Guid DossierId,
    string DossierCode,
    SatisfactionLevel Time,
    SatisfactionLevel Attitude,
    SatisfactionLevel Clarity,
    SatisfactionLevel Fees,
    bool Satisfied,
    string? Comment,
    RatingChannel Channel,
    DateTimeOffset RatedAt)
{
    public static DossierRatingDto From(DossierRating r) => new(r.DossierId, r.DossierCode, r.Scores.Time, r.Scores.Attitude, r.Scores.Clarity,
        r.Scores.Fees, r.Scores.Satisfied, r.Comment, r.Channel, r.RatedAt);
}

/// <summary>The criteria and comment of a rating as the applicant sends them.</summary>
public interface IDossierRatingInput
{
    SatisfactionLevel Time { get; }
    SatisfactionLevel Attitude { get; }
    SatisfactionLevel Clarity { get; }
    SatisfactionLevel Fees { get; }
    string? Comment { get; }
}

public sealed class DossierRatingInputValidator : AbstractValidator<IDossierRatingInput>
{
    public DossierRatingInputValidator()
    {
        RuleFor(r => r.Time).IsInEnum().WithName("time");
        RuleFor(r => r.Attitude).IsInEnum().WithName("attitude");
        RuleFor(r => r.Clarity).IsInEnum().WithName("clarity");
        RuleFor(r => r.Fees).IsInEnum().WithName("fees");
        RuleFor(r => r.Comment).MaximumLength(2000).WithName("comment");
    }
}

/// <summary>Records a rating once: a second one, also one racing the first, is refused with 409.</summary>
public sealed class DossierRatings(IApplicationDbContext db, TimeProvider clock)
{
    public async Task<DossierRatingDto> RateAsync(Dossier dossier, IDossierRatingInput input, RatingChannel channel, Guid? ratedBy, CancellationToken cancellationToken)
    {
        if (await db.DossierRatings.AnyAsync(r => r.DossierId == dossier.Id, cancellationToken))
        {
            throw new DossierAlreadyRatedException();
        }
        var rating = DossierRating.Rate(dossier, new SatisfactionScores(input.Time, input.Attitude, input.Clarity, input.Fees), input.Comment,
            channel, ratedBy, clock.GetUtcNow());
        db.DossierRatings.Add(rating);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.DiscardChanges();
            if (await db.DossierRatings.AnyAsync(r => r.DossierId == dossier.Id, cancellationToken))
            {
                throw new DossierAlreadyRatedException();
            }
            throw;
        }
        return DossierRatingDto.From(rating);
    }
}

/// <summary>Only the applicant who owns the dossier rates it (403 for officers).</summary>
public sealed class RatingNotYoursException()
    : Domain.Common.AccessDeniedException("rating-not-yours", "A dossier is rated by its applicant; officers can read ratings but never give or change them.");
