using System.Text.Json.Serialization;
using Mediator;
using OneStop.Application.Dossiers.Common;
using OneStop.Application.Satisfaction.Common;
using OneStop.Domain.Satisfaction;

namespace OneStop.Application.Satisfaction.Commands.RateDossier;

/// <summary>The applicant rates their returned dossier through the account that owns it, once.</summary>
public sealed record RateDossierCommand(SatisfactionLevel Time, SatisfactionLevel Attitude, SatisfactionLevel Clarity, SatisfactionLevel Fees, string? Comment)
    : ICommand<DossierRatingDto>, IDossierRatingInput
{
    [JsonIgnore]
    public Guid DossierId { get; set; }
}

public sealed class RateDossierCommandHandler(DossierAccess access, DossierRatings ratings) : ICommandHandler<RateDossierCommand, DossierRatingDto>
{
    public async ValueTask<DossierRatingDto> Handle(RateDossierCommand command, CancellationToken cancellationToken)
    {
        var dossier = await access.LoadAsync(command.DossierId, cancellationToken);
        // Officers see the dossier but never rate it: the rating is the applicant's word.
        if (!access.IsApplicant || dossier.OwnerId != access.UserId)
        {
            throw new RatingNotYoursException();
        }
        return await ratings.RateAsync(dossier, command, RatingChannel.Account, access.UserId, cancellationToken);
    }
}
