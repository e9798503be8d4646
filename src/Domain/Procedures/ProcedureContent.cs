using OneStop.Domain.Agencies;

namespace OneStop.Domain.Procedures;

/// <summary>Everything an administrator writes about a procedure; one version holds one content.</summary>
public sealed record ProcedureContent(
    string Name,
    Guid FieldId,
    IReadOnlyList<AgencyLevel> Levels,
    IReadOnlyList<Guid> ImplementingAgencyIds,
    OnlineServiceLevel OnlineLevel,
    string Result,
    string LegalBasis,
    IReadOnlyList<ProcedureCase> Cases,
    IReadOnlyList<ProcessStep>? Process = null);
