using System.Text.Json.Serialization;
using AutoMapper;
using Mediator;
using OneStop.Application.Agencies.Queries.GetAgencies;
using OneStop.Application.Common.Exceptions;
using OneStop.Application.Common.Interfaces;
using OneStop.Domain.Agencies;

namespace OneStop.Application.Agencies.Commands.DissolveAgency;

/// <summary>Ends an agency's validity on <see cref="ValidTo"/> and names the agency that takes over its work.</summary>
public sealed record DissolveAgencyCommand(DateOnly ValidTo, Guid SuccessorId) : ICommand<AgencyDto>, IAuditedCommand
{
    string IAuditedCommand.AuditAction => "agency.dissolve";

    /// <summary>The agency being dissolved; taken from the route.</summary>
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class DissolveAgencyCommandHandler(IApplicationDbContext db, IMapper mapper) : ICommandHandler<DissolveAgencyCommand, AgencyDto>
{
    public async ValueTask<AgencyDto> Handle(DissolveAgencyCommand command, CancellationToken cancellationToken)
    {
        var agency = await db.Agencies.FindAsync([command.Id], cancellationToken)
            ?? throw new NotFoundException(nameof(Agency), command.Id);
        var successor = await db.Agencies.FindAsync([command.SuccessorId], cancellationToken)
            ?? throw new NotFoundException(nameof(Agency), command.SuccessorId);
        agency.Dissolve(command.ValidTo, successor);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<AgencyDto>(agency);
    }
}
