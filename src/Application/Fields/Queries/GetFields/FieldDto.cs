using AutoMapper;
using OneStop.Domain.Fields;

namespace OneStop.Application.Fields.Queries.GetFields;

public sealed record FieldDto
{
    public Guid Id { get; init; }
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Field, FieldDto>();
    }
}
