using FluentValidation;

namespace OneStop.Application.Procedures.Common;

/// <summary>Shape of a procedure's content: required texts, lengths, enum values, counts, no negative fee.</summary>
public sealed class ProcedureContentInputValidator : AbstractValidator<ProcedureContentInput>
{
    public ProcedureContentInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(500);
        RuleFor(x => x.FieldId).NotEmpty();
        RuleFor(x => x.Levels).NotEmpty();
        RuleForEach(x => x.Levels).IsInEnum();
        RuleFor(x => x.ImplementingAgencyIds).NotEmpty();
        RuleFor(x => x.OnlineLevel).IsInEnum();
        RuleFor(x => x.Result).NotEmpty().MaximumLength(1000);
        RuleFor(x => x.LegalBasis).NotEmpty().MaximumLength(4000);
        RuleFor(x => x.Cases).NotEmpty().Must(c => c.Count <= 20).WithMessage("A procedure has at most 20 cases.");
        RuleFor(x => x.Process).Must(p => p is null || p.Count <= 20).WithMessage("A process has at most 20 steps.");
        RuleForEach(x => x.Process).ChildRules(step =>
        {
            step.RuleFor(s => s.Name).NotEmpty().MaximumLength(200);
            step.RuleFor(s => s.Role).IsInEnum();
            step.RuleFor(s => s.WorkingHours).InclusiveBetween(1, 2920);
        });
        RuleForEach(x => x.Cases).ChildRules(@case =>
        {
            @case.RuleFor(c => c.Name).NotEmpty().MaximumLength(500);
            @case.RuleFor(c => c.ProcessingTime).NotNull();
            @case.RuleFor(c => c.ProcessingTime.Value).InclusiveBetween(1, 2920).When(c => c.ProcessingTime is not null);
            @case.RuleFor(c => c.ProcessingTime.Unit).IsInEnum().When(c => c.ProcessingTime is not null);
            @case.RuleForEach(c => c.Fees).ChildRules(fee =>
            {
                fee.RuleFor(f => f.Amount).GreaterThanOrEqualTo(0).WithMessage("A fee cannot be negative.");
                fee.RuleFor(f => f.Description).NotEmpty().MaximumLength(500);
            });
            @case.RuleFor(c => c.Documents).NotNull();
            @case.RuleForEach(c => c.Documents).ChildRules(document =>
            {
                document.RuleFor(d => d.Name).NotEmpty().MaximumLength(500);
                document.RuleFor(d => d.Form).IsInEnum();
                document.RuleFor(d => d.Count).InclusiveBetween(1, 20);
                document.RuleFor(d => d.TemplateFileName).MaximumLength(255);
            });
        });
    }
}
