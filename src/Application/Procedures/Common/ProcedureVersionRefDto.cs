using OneStop.Domain.Procedures;

namespace OneStop.Application.Procedures.Common;

/// <summary>Which version an administrator's write produced or touched.</summary>
public sealed record ProcedureVersionRefDto(Guid Id, string Code, int VersionNumber, ProcedureStatus Status)
{
    public static ProcedureVersionRefDto Of(Procedure procedure) =>
        new(procedure.Id, procedure.Code, procedure.VersionNumber, procedure.Status);
}
