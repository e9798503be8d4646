using AutoMapper;
using OneStop.Domain.Agencies;

namespace OneStop.Application.Agencies.Queries.GetAgencies;

public sealed record AgencyDto
{
    public Guid Id { get; init; }
    /// <example>000.00.14.H56</example>
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public AgencyLevel Level { get; init; }
    public Guid? ParentId { get; init; }
    public DateOnly ValidFrom { get; init; }
    public DateOnly? ValidTo { get; init; }
    public Guid? SuccessorId { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping()
        {
            CreateMap<Agency, AgencyDto>();
            CreateMap<Agency, AgencyRefDto>();
        }
    }
}

/// <summary>An agency named from another resource.</summary>
public sealed record AgencyRefDto
{
    public Guid Id { get; init; }
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public AgencyLevel Level { get; init; }
}
