using OneStop.Application.Procedures.Common;
using OneStop.Domain.Agencies;
using OneStop.Domain.Procedures;

namespace OneStop.Infrastructure.Data.Seed;

/// <summary>
/// The demo province's organisation tree, fields and procedures, as shipped in catalogue.json, with the
/// Public Administration Service Center that receives the departments' dossiers.
/// </summary>
public sealed record CatalogueSeed(
    string ProvinceCounterCode,
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
        IReadOnlyList<ProcedureCaseInput> Cases,
        IReadOnlyList<ProcessStepInput>? Process)
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
            Process = Process,
        }.ToContent();
    }

    public static CatalogueSeed Load() => SeedFile.Read<CatalogueSeed>("catalogue.json");
}
