using AutoMapper;
using OneStop.Domain.Procedures;

namespace OneStop.Application.Procedures.Queries.GetProcedureVersions;

public sealed record ProcedureVersionDto
{
    public Guid Id { get; init; }
    public int VersionNumber { get; init; }
    public ProcedureStatus Status { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Procedure, ProcedureVersionDto>();
    }
}
