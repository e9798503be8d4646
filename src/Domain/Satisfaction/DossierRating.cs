using OneStop.Domain.Common;
using OneStop.Domain.Dossiers;

namespace OneStop.Domain.Satisfaction;

/// <summary>How satisfied the applicant is with one criterion.</summary>
public enum SatisfactionLevel
{
    Dissatisfied = 1,
    Satisfied = 2,
    VerySatisfied = 3,
}

/// <summary>The four criteria of a dossier rating (domain.md, "Satisfaction").</summary>
public sealed record SatisfactionScores(SatisfactionLevel Time, SatisfactionLevel Attitude, SatisfactionLevel Clarity, SatisfactionLevel Fees)
{
    /// <summary>Satisfied overall when no criterion is rated dissatisfied (the service index counts such ratings).</summary>
    public bool Satisfied => new[] { Time, Attitude, Clarity, Fees }.All(level => level >= SatisfactionLevel.Satisfied);
}

public enum RatingChannel
{
    /// <summary>The applicant signed in to the account that owns the dossier.</summary>
    Account = 1,
    /// <summary>A walk-in applicant with the one-time token printed on the receipt.</summary>
    ReceiptToken = 2,
}

/// <summary>
/// The applicant's one rating of a returned dossier. It is its own aggregate, written once and never changed:
/// no verb edits it, so officers cannot alter it, and a unique dossier id makes a second rating fail.
/// </summary>
public sealed class DossierRating : AggregateRoot
{
    public Guid DossierId { get; private set; }
    public string DossierCode { get; private set; } = null!;
    public Guid AgencyId { get; private set; }
    public Guid ProcedureId { get; private set; }
    public SatisfactionScores Scores { get; private set; } = null!;
    public string? Comment { get; private set; }
    public RatingChannel Channel { get; private set; }
    public Guid? RatedBy { get; private set; }
    public DateTimeOffset RatedAt { get; private set; }

    private DossierRating() { }

    /// <summary>Rates a dossier once its result has been handed over.</summary>
    public static DossierRating Rate(Dossier dossier, SatisfactionScores scores, string? comment, RatingChannel channel, Guid? ratedBy, DateTimeOffset now)
    {
        if (dossier.Status != DossierStatus.Returned || dossier.Code is null)
        {
            throw new DossierNotYetReturnedException(dossier.Status);
        }
        return new DossierRating
        {
            DossierId = dossier.Id,
            DossierCode = dossier.Code,
            AgencyId = dossier.CompetentAgencyId,
            ProcedureId = dossier.ProcedureId,
            Scores = scores,
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
            Channel = channel,
            RatedBy = ratedBy,
            RatedAt = now,
        };
    }
}

/// <summary>Only a returned dossier can be rated (409).</summary>
public sealed class DossierNotYetReturnedException(DossierStatus status)
    : DomainException("dossier-not-returned", $"A dossier is rated after its result is returned; this one is {status}.");

/// <summary>The dossier has been rated already; ratings are given once and never changed (409).</summary>
public sealed class DossierAlreadyRatedException()
    : DomainException("dossier-already-rated", "This dossier has already been rated; a rating is given once and cannot be changed.");
