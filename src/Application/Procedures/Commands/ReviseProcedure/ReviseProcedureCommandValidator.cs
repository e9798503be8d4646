using FluentValidation;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Procedures.Common;

namespace OneStop.Application.Procedures.Commands.ReviseProcedure;

public sealed class ReviseProcedureCommandValidator : AbstractValidator<ReviseProcedureCommand>
{
    public ReviseProcedureCommandValidator(IApplicationDbContext db)
    {
        Include(new ProcedureContentInputValidator());
        Include(new ProcedureReferencesValidator(db));
    }
}
