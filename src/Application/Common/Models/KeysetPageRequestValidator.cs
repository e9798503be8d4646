using FluentValidation;

namespace OneStop.Application.Common.Models;

/// <summary>A keyset page request: the cursor is a previous page's <c>nextCursor</c> (an id); a page holds 1 to 100 items.</summary>
public interface IKeysetPageRequest
{
    string? Cursor { get; }
    int PageSize { get; }
}

public sealed class KeysetPageRequestValidator : AbstractValidator<IKeysetPageRequest>
{
    public KeysetPageRequestValidator()
    {
        RuleFor(x => x.PageSize).InclusiveBetween(1, PageRequestValidator.MaxPageSize).WithName("pageSize");
        RuleFor(x => x.Cursor).Must(c => c is null || Guid.TryParse(c, out _)).WithName("cursor")
            .WithMessage("The cursor is the nextCursor of a previous page.");
    }
}
