namespace OneStop.Domain.Procedures;

/// <summary>Publication state of one version of a procedure.</summary>
public enum ProcedureStatus
{
    Draft = 0,
    Published = 1,
    Unpublished = 2,
    /// <summary>A later version was published; this one stays readable by id.</summary>
    Superseded = 3,
}
