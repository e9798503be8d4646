using FluentValidation;
using OneStop.Domain.Dossiers;

namespace OneStop.Application.Dossiers.Queries.TrackDossier;

public sealed class TrackDossierQueryValidator : AbstractValidator<TrackDossierQuery>
{
    public TrackDossierQueryValidator()
    {
        RuleFor(q => q.Code).Must(code => DossierCode.TryParse(code?.Trim(), out _))
            .WithMessage("A dossier code looks like 000.00.14.H56-261123-0001.");
        RuleFor(q => q.Identity).NotEmpty().MaximumLength(20).WithMessage("Enter the applicant's ID number or phone number.");
    }
}
