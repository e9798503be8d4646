using System.Text.Json;
using System.Text.Json.Serialization;
using OneStop.Application.Procedures.Common;
using OneStop.Domain.Agencies;
using OneStop.Domain.Procedures;

namespace OneStop.Infrastructure.Data.Seed;

/// <summary>The demo province's organisation tree, fields and procedures, as shipped in catalogue.json.</summary>
public sealed record CatalogueSeed(
    IReadOnlyList<CatalogueSeed.AgencyRow> Agencies,
    IReadOnlyList<CatalogueSeed.FieldRow> Fields,
    IReadOnlyList<CatalogueSeed.ProcedureRow> Procedures)
{
    public sealed record AgencyRow(string Code, string Name, AgencyLevel Level, string? ParentCode);

    public sealed record FieldRow(string Code, string Name);

    public sealed record ProcedureRow(
        string Code,
        string Name,
        string FieldCode,
        IReadOnlyList<AgencyLevel> Levels,
        IReadOnlyList<string> AgencyCodes,
        OnlineServiceLevel OnlineLevel,
        string Result,
        string LegalBasis,
        IReadOnlyList<ProcedureCaseInput> Cases)
    {
        public ProcedureContent ToContent(Guid fieldId, IReadOnlyList<Guid> agencyIds) => new ProcedureContentInput
        {
            Name = Name,
            FieldId = fieldId,
            Levels = Levels,
            ImplementingAgencyIds = agencyIds,
            OnlineLevel = OnlineLevel,
            Result = Result,
            LegalBasis = LegalBasis,
            Cases = Cases,
        }.ToContent();
    }

    public static CatalogueSeed Load()
    {
        using var stream = typeof(CatalogueSeed).Assembly.GetManifestResourceStream("OneStop.Infrastructure.Data.Seed.catalogue.json")
            ?? throw new InvalidOperationException("The embedded catalogue.json is missing.");
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
        return JsonSerializer.Deserialize<CatalogueSeed>(stream, options)
            ?? throw new InvalidOperationException("catalogue.json is empty.");
    }
}
