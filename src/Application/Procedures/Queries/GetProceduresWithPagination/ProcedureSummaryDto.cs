using AutoMapper;
using OneStop.Application.Procedures.Queries.GetProcedureById;
using OneStop.Domain.Agencies;
using OneStop.Domain.Procedures;

namespace OneStop.Application.Procedures.Queries.GetProceduresWithPagination;

/// <summary>One search result: enough to choose a procedure without opening it.</summary>
public sealed record ProcedureSummaryDto
{
    public Guid Id { get; init; }
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public int VersionNumber { get; init; }
    public Guid FieldId { get; init; }
    public string FieldName { get; init; } = "";
    public IReadOnlyList<AgencyLevel> Levels { get; init; } = [];
    public OnlineServiceLevel OnlineLevel { get; init; }
    public int CaseCount { get; init; }
    /// <summary>The processing time of the fastest case.</summary>
    public ProcessingTimeDto MinProcessingTime { get; init; } = null!;
    /// <summary>The total fee of the cheapest case, in VND; 0 means free.</summary>
    public decimal MinFee { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping()
        {
            CreateMap<Procedure, ProcedureSummaryDto>()
                .ForMember(d => d.FieldName, o => o.Ignore())
                .ForMember(d => d.MinProcessingTime, o => o.MapFrom(s => s.FastestProcessingTime))
                .ForMember(d => d.MinFee, o => o.MapFrom(s => s.LowestFee));
            CreateMap<ProcedureListing, ProcedureSummaryDto>().IncludeMembers(s => s.Procedure);
        }
    }
}

/// <summary>A procedure joined with its field's name: the row a search result is projected from.</summary>
public sealed class ProcedureListing
{
    public required Procedure Procedure { get; init; }
    public required string FieldName { get; init; }
}
