using FluentValidation;
using OneStop.Application.Dossiers.Common;

namespace OneStop.Application.Dossiers.Queries.GetDossierInbox;

public sealed class GetDossierInboxQueryValidator : AbstractValidator<GetDossierInboxQuery>
{
    public GetDossierInboxQueryValidator()
    {
        RuleFor(q => q.PageSize).InclusiveBetween(1, DossierLists.MaxPageSize);
        RuleFor(q => q.Cursor).Must(c => c is null || Guid.TryParse(c, out _)).WithMessage("The cursor is the nextCursor of a previous page.");
        RuleFor(q => q.Status).IsInEnum();
        RuleFor(q => q).Must(q => !(q.Overdue && q.DueSoon)).WithName("dueSoon").WithMessage("A dossier is either due soon or overdue; choose one.");
    }
}
