using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Interfaces;

namespace OneStop.Application.Feedbacks.Commands.TransferFeedback;

public sealed class TransferFeedbackCommandValidator : AbstractValidator<TransferFeedbackCommand>
{
    public TransferFeedbackCommandValidator(IApplicationDbContext db)
    {
        RuleFor(c => c.AgencyId).NotEmpty()
            .MustAsync((id, ct) => db.Agencies.AnyAsync(a => a.Id == id, ct)).WithMessage("No agency has this id.");
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(2000);
    }
}
