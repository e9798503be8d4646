using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Interfaces;

namespace OneStop.Application.Feedbacks.Commands.AssignFeedback;

public sealed class AssignFeedbackCommandValidator : AbstractValidator<AssignFeedbackCommand>
{
    public AssignFeedbackCommandValidator(IApplicationDbContext db)
    {
        RuleFor(c => c.Category).IsInEnum();
        RuleFor(c => c.AgencyId).NotEmpty()
            .MustAsync((id, ct) => db.Agencies.AnyAsync(a => a.Id == id, ct)).WithMessage("No agency has this id.");
        RuleFor(c => c.Note).MaximumLength(2000);
    }
}
