using AutoMapper;
using OneStop.Domain.Audit;

namespace OneStop.Application.Audit.Queries.GetAuditEntriesWithPagination;

public sealed record AuditEntryDto
{
    public Guid Id { get; init; }
    public DateTimeOffset At { get; init; }
    public Guid? ActorId { get; init; }
    public string Action { get; init; } = "";
    public string? IpAddress { get; init; }
    /// <summary>What changed, as a JSON document.</summary>
    public string Details { get; init; } = "";

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<AuditEntry, AuditEntryDto>();
    }
}
