using AutoMapper;
using Mediator;
using Microsoft.EntityFrameworkCore;
using OneStop.Application.Agencies.Queries.GetAgencies;
using OneStop.Application.Common.Exceptions;
using OneStop.Application.Common.Interfaces;
using OneStop.Domain.Agencies;

namespace OneStop.Application.Agencies.Commands.CreateAgency;

/// <summary>Adds a node to the organisation tree: a province (no parent) or a node under an existing agency.</summary>
public sealed record CreateAgencyCommand(string Code, string Name, AgencyLevel Level, Guid? ParentId, DateOnly ValidFrom) : ICommand<AgencyDto>, IAuditedCommand
{
    string IAuditedCommand.AuditAction => "agency.create";
}

public sealed class CreateAgencyCommandHandler(IApplicationDbContext db, IMapper mapper) : ICommandHandler<CreateAgencyCommand, AgencyDto>
{
    public async ValueTask<AgencyDto> Handle(CreateAgencyCommand command, CancellationToken cancellationToken)
    {
        if (await db.Agencies.AnyAsync(a => a.Code == command.Code, cancellationToken))
        {
            throw new DuplicateCodeException("agency", command.Code);
        }
        var code = AgencyCode.Parse(command.Code);
        Agency agency;
        if (command.ParentId is { } parentId)
        {
            var parent = await db.Agencies.FindAsync([parentId], cancellationToken)
                ?? throw new NotFoundException(nameof(Agency), parentId);
            agency = Agency.CreateUnder(parent, code, command.Name, command.Level, command.ValidFrom);
        }
        else
        {
            agency = Agency.CreateProvince(code, command.Name, command.ValidFrom);
        }
        db.Agencies.Add(agency);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<AgencyDto>(agency);
    }
}
