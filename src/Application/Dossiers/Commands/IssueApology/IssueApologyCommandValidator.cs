using FluentValidation;

namespace OneStop.Application.Dossiers.Commands.IssueApology;

public sealed class IssueApologyCommandValidator : AbstractValidator<IssueApologyCommand>
{
    public IssueApologyCommandValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(4000);
        RuleFor(c => c.NewAppointment).NotEmpty();
    }
}
