using FluentValidation;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Identity;

namespace OneStop.Application.Dossiers.Commands.CreateDossier;

public sealed class CreateDossierCommandValidator : AbstractValidator<CreateDossierCommand>
{
    public CreateDossierCommandValidator()
    {
        RuleFor(c => c.ProcedureId).NotEmpty();
        RuleFor(c => c.CaseIndex).GreaterThanOrEqualTo(0);
        RuleFor(c => c.AgencyId).NotEmpty();
        RuleFor(c => c.Channel).IsInEnum();
        RuleFor(c => c.Applicant).NotNull().SetValidator(new ApplicantInputValidator());
        RuleFor(c => c.Representative!).SetValidator(new RepresentativeInputValidator()).When(c => c.Representative is not null);
    }
}

public sealed class ApplicantInputValidator : AbstractValidator<ApplicantInput>
{
    public ApplicantInputValidator()
    {
        RuleFor(a => a.Kind).IsInEnum();
        RuleFor(a => a.FullName).NotEmpty().MaximumLength(200);
        RuleFor(a => a.IdentityNumber).Must(CitizenId.IsValid).When(a => a.Kind == ApplicantKind.Citizen)
            .WithMessage("The citizen ID is 12 digits and starts with a province code.");
        RuleFor(a => a.IdentityNumber).Must(TaxCode.IsValid).When(a => a.Kind == ApplicantKind.Organisation)
            .WithMessage("The tax code is 10 digits with a valid check digit, or 13 with a branch suffix.");
        RuleFor(a => a.Phone).Must(PhoneNumber.IsValid).WithMessage("The phone number must be a Vietnamese mobile number, e.g. 0912345678.");
        RuleFor(a => a.Email).EmailAddress().MaximumLength(254).When(a => !string.IsNullOrWhiteSpace(a.Email));
        RuleFor(a => a.Address).NotEmpty().MaximumLength(500);
    }
}

public sealed class RepresentativeInputValidator : AbstractValidator<RepresentativeInput>
{
    public RepresentativeInputValidator()
    {
        RuleFor(r => r.FullName).NotEmpty().MaximumLength(200);
        RuleFor(r => r.IdentityNumber).Must(CitizenId.IsValid).WithMessage("The citizen ID is 12 digits and starts with a province code.");
        RuleFor(r => r.Phone).Must(PhoneNumber.IsValid).WithMessage("The phone number must be a Vietnamese mobile number, e.g. 0912345678.");
        RuleFor(r => r.Relationship).NotEmpty().MaximumLength(200);
    }
}
