namespace OneStop.Domain.Procedures;

/// <summary>Who works a step of a procedure's process.</summary>
public enum ProcessStepRole
{
    Processor = 1,
    Leader = 2,
}

/// <summary>
/// A processing step of a procedure (between reception at the counter and return of the result): its name,
/// who works it, for how long, and where — a named agency, or the competent agency when none is named.
/// </summary>
public sealed class ProcessStep
{
    public string Name { get; private set; } = null!;
    public ProcessStepRole Role { get; private set; }
    public int WorkingHours { get; private set; }
    public Guid? AgencyId { get; private set; }

    private ProcessStep() { }

    public ProcessStep(string name, ProcessStepRole role, int workingHours, Guid? agencyId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workingHours);
        Name = name.Trim();
        Role = role;
        WorkingHours = workingHours;
        AgencyId = agencyId;
    }
}
