using FluentValidation;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Procedures.Common;
using OneStop.Domain.Procedures;

namespace OneStop.Application.Procedures.Commands.CreateProcedure;

public sealed class CreateProcedureCommandValidator : AbstractValidator<CreateProcedureCommand>
{
    public CreateProcedureCommandValidator(IApplicationDbContext db)
    {
        RuleFor(x => x.Code)
            .NotEmpty()
            .Must(ProcedureCode.IsValid).WithMessage("The code must look like 1.001193, or 1.012753.H19 for a local variant.");
        Include(new ProcedureContentInputValidator());
        Include(new ProcedureReferencesValidator(db));
    }
}
