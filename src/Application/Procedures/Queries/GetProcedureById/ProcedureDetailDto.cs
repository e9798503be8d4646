using AutoMapper;
using OneStop.Application.Agencies.Queries.GetAgencies;
using OneStop.Application.Fields.Queries.GetFields;
using OneStop.Domain.Agencies;
using OneStop.Domain.Procedures;

namespace OneStop.Application.Procedures.Queries.GetProcedureById;

/// <summary>One version of a procedure, with its cases, documents, times and fees.</summary>
public sealed record ProcedureDetailDto
{
    public Guid Id { get; init; }
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public int VersionNumber { get; init; }
    public ProcedureStatus Status { get; init; }
    public bool IsLatest { get; init; }
    public FieldDto Field { get; init; } = null!;
    public IReadOnlyList<AgencyLevel> Levels { get; init; } = [];
    public IReadOnlyList<AgencyRefDto> ImplementingAgencies { get; init; } = [];
    public OnlineServiceLevel OnlineLevel { get; init; }
    public string Result { get; init; } = "";
    public string LegalBasis { get; init; } = "";
    public DateTimeOffset? PublishedAt { get; init; }
    public IReadOnlyList<ProcedureCaseDto> Cases { get; init; } = [];
    /// <summary>The processing steps between reception and return; empty for the default process.</summary>
    public IReadOnlyList<ProcessStepDto> Process { get; init; } = [];

    private sealed class Mapping : Profile
    {
        public Mapping()
        {
            // Field and agencies are other aggregates; the reader fills them in.
            CreateMap<Procedure, ProcedureDetailDto>()
                .ForMember(d => d.Field, o => o.Ignore())
                .ForMember(d => d.ImplementingAgencies, o => o.Ignore());
        }
    }
}

public sealed record ProcedureCaseDto
{
    public string Name { get; init; } = "";
    public ProcessingTimeDto ProcessingTime { get; init; } = null!;
    public IReadOnlyList<FeeDto> Fees { get; init; } = [];
    public IReadOnlyList<RequiredDocumentDto> Documents { get; init; } = [];

    private sealed class Mapping : Profile
    {
        public Mapping()
        {
            CreateMap<ProcedureCase, ProcedureCaseDto>();
            CreateMap<ProcessingTime, ProcessingTimeDto>();
            CreateMap<Fee, FeeDto>();
            CreateMap<RequiredDocument, RequiredDocumentDto>();
            CreateMap<ProcessStep, ProcessStepDto>();
        }
    }
}

public sealed record ProcessingTimeDto
{
    public int Value { get; init; }
    public ProcessingTimeUnit Unit { get; init; }
}

public sealed record FeeDto
{
    /// <summary>VND; 0 means free.</summary>
    public decimal Amount { get; init; }
    public string Description { get; init; } = "";
}

public sealed record RequiredDocumentDto
{
    public string Name { get; init; } = "";
    public DocumentForm Form { get; init; }
    public int Count { get; init; }
    public string? TemplateFileName { get; init; }
}

public sealed record ProcessStepDto
{
    public string Name { get; init; } = "";
    public ProcessStepRole Role { get; init; }
    public int WorkingHours { get; init; }
    /// <summary>Empty for the competent agency.</summary>
    public Guid? AgencyId { get; init; }
}
