using FluentValidation;
using OneStop.Application.Common.Models;

namespace OneStop.Application.Dossiers.Queries.GetMyDossiers;

public sealed class GetMyDossiersQueryValidator : AbstractValidator<GetMyDossiersQuery>
{
    public GetMyDossiersQueryValidator() => Include(new KeysetPageRequestValidator());
}
