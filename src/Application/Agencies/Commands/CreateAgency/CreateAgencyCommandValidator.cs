using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Interfaces;
using OneStop.Domain.Agencies;

namespace OneStop.Application.Agencies.Commands.CreateAgency;

public sealed class CreateAgencyCommandValidator : AbstractValidator<CreateAgencyCommand>
{
    public CreateAgencyCommandValidator(IApplicationDbContext db)
    {
        RuleFor(x => x.Code).NotEmpty().Must(AgencyCode.IsValid).WithMessage("The agency ID must have the shape 000.00.00.H00.");
        RuleFor(x => x.Name).NotEmpty().MaximumLength(300);
        RuleFor(x => x.Level).IsInEnum();
        RuleFor(x => x.ParentId)
            .NotNull().When(x => x.Level != AgencyLevel.Province).WithMessage("Only a province has no parent agency.")
            .MustAsync((id, ct) => db.Agencies.AnyAsync(a => a.Id == id, ct)).When(x => x.ParentId is not null)
            .WithMessage("Parent agency '{PropertyValue}' does not exist.");
    }
}
