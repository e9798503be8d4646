using FluentValidation;

namespace OneStop.Application.Calendar.Queries.GetWorkingCalendarYear;

public sealed class GetWorkingCalendarYearQueryValidator : AbstractValidator<GetWorkingCalendarYearQuery>
{
    public GetWorkingCalendarYearQueryValidator() => RuleFor(q => q.Year).InclusiveBetween(2000, 2100);
}
