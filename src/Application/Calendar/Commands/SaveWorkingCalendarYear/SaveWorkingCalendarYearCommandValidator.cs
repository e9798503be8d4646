using FluentValidation;

namespace OneStop.Application.Calendar.Commands.SaveWorkingCalendarYear;

/// <summary>Shape only; the calendar rules (dates in the year, no overlaps, make-up days on weekends) are the domain's.</summary>
public sealed class SaveWorkingCalendarYearCommandValidator : AbstractValidator<SaveWorkingCalendarYearCommand>
{
    public SaveWorkingCalendarYearCommandValidator()
    {
        RuleFor(c => c.Year).InclusiveBetween(2000, 2100);
        RuleFor(c => c.Sessions).NotEmpty();
        RuleForEach(c => c.Sessions).Must(s => s.Start < s.End).WithMessage("A session starts before it ends.");
        RuleForEach(c => c.Holidays).Must(d => !string.IsNullOrWhiteSpace(d.Name) && d.Name.Length <= 200).WithMessage("Each day needs a name (at most 200 characters).");
        RuleForEach(c => c.MakeUpWorkingDays).Must(d => !string.IsNullOrWhiteSpace(d.Name) && d.Name.Length <= 200).WithMessage("Each day needs a name (at most 200 characters).");
    }
}
