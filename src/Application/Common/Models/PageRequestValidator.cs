using FluentValidation;

namespace OneStop.Application.Common.Models;

/// <summary>A page request: page numbers start at 1; a page holds 1 to 100 items.</summary>
public interface IPageRequest
{
    int PageNumber { get; }
    int PageSize { get; }
}

public sealed class PageRequestValidator : AbstractValidator<IPageRequest>
{
    public const int MaxPageSize = 100;

    public PageRequestValidator()
    {
        RuleFor(x => x.PageNumber).GreaterThanOrEqualTo(1).WithName("pageNumber");
        RuleFor(x => x.PageSize).InclusiveBetween(1, MaxPageSize).WithName("pageSize");
    }
}
