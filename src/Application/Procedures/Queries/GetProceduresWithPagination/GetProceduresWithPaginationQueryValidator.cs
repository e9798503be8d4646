using FluentValidation;
using OneStop.Application.Common.Models;

namespace OneStop.Application.Procedures.Queries.GetProceduresWithPagination;

public sealed class GetProceduresWithPaginationQueryValidator : AbstractValidator<GetProceduresWithPaginationQuery>
{
    public GetProceduresWithPaginationQueryValidator()
    {
        Include(new PageRequestValidator());
        RuleFor(x => x.Q).MaximumLength(200);
        RuleFor(x => x.Level).IsInEnum();
        RuleFor(x => x.OnlineLevel).IsInEnum();
    }
}
