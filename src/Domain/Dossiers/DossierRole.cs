namespace OneStop.Domain.Dossiers;

/// <summary>The capacities in which someone acts on a dossier (domain.md, "Who may do what").</summary>
[Flags]
public enum DossierRole
{
    None = 0,
    Applicant = 1,
    Receptionist = 2,
    Processor = 4,
    Leader = 8,
    /// <summary>OneStop itself: the payment callback, the online delivery of an electronic result.</summary>
    System = 16,
}
