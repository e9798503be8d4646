using FluentValidation;
using OneStop.Application.Common.Models;

namespace OneStop.Application.Dossiers.Queries.GetDossierInbox;

public sealed class GetDossierInboxQueryValidator : AbstractValidator<GetDossierInboxQuery>
{
    public GetDossierInboxQueryValidator()
    {
        Include(new KeysetPageRequestValidator());
        RuleFor(q => q.Status).IsInEnum();
        RuleFor(q => q).Must(q => !(q.Overdue && q.DueSoon)).WithName("dueSoon").WithMessage("A dossier is either due soon or overdue; choose one.");
    }
}
