using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Interfaces;

namespace OneStop.Application.Procedures.Common;

/// <summary>The field and the agencies a procedure names must exist.</summary>
public sealed class ProcedureReferencesValidator : AbstractValidator<ProcedureContentInput>
{
    public ProcedureReferencesValidator(IApplicationDbContext db)
    {
        RuleFor(x => x.FieldId)
            .MustAsync((id, ct) => db.Fields.AnyAsync(f => f.Id == id, ct))
            .When(x => x.FieldId != Guid.Empty)
            .WithMessage("Field '{PropertyValue}' does not exist.");
        RuleFor(x => x.ImplementingAgencyIds)
            .MustAsync(async (ids, ct) =>
            {
                var distinct = ids.Distinct().ToList();
                return await db.Agencies.CountAsync(a => distinct.Contains(a.Id), ct) == distinct.Count;
            })
            .When(x => x.ImplementingAgencyIds is { Count: > 0 })
            .WithMessage("Every implementing agency must exist.");
    }
}
