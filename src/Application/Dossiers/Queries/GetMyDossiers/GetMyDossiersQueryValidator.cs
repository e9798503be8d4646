using FluentValidation;
using OneStop.Application.Dossiers.Common;

namespace OneStop.Application.Dossiers.Queries.GetMyDossiers;

public sealed class GetMyDossiersQueryValidator : AbstractValidator<GetMyDossiersQuery>
{
    public GetMyDossiersQueryValidator()
    {
        RuleFor(q => q.PageSize).InclusiveBetween(1, DossierLists.MaxPageSize);
        RuleFor(q => q.Cursor).Must(c => c is null || Guid.TryParse(c, out _)).WithMessage("The cursor is the nextCursor of a previous page.");
    }
}
