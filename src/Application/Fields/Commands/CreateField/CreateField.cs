using AutoMapper;
using Mediator;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Interfaces;
using OneStop.Application.Fields.Queries.GetFields;
using OneStop.Domain.Fields;
using OneStop.Application.Common.Exceptions;

namespace OneStop.Application.Fields.Commands.CreateField;

/// <summary>Adds a field to the catalogue.</summary>
/// <param name="Code">Short upper-case code, e.g. XD.</param>
/// <param name="Name">Vietnamese name, e.g. Hoạt động xây dựng.</param>
public sealed record CreateFieldCommand(string Code, string Name) : ICommand<FieldDto>, IAuditedCommand
{
    string IAuditedCommand.AuditAction => "field.create";
}

public sealed class CreateFieldCommandHandler(IApplicationDbContext db, IMapper mapper) : ICommandHandler<CreateFieldCommand, FieldDto>
{
    public async ValueTask<FieldDto> Handle(CreateFieldCommand command, CancellationToken cancellationToken)
    {
        var field = Field.Create(command.Code, command.Name);
        if (await db.Fields.AnyAsync(f => f.Code == field.Code, cancellationToken))
        {
            throw new DuplicateCodeException("field", field.Code);
        }
        db.Fields.Add(field);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<FieldDto>(field);
    }
}
