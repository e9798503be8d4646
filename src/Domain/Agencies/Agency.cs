using OneStop.Domain.Agencies.Exceptions;
using OneStop.Domain.Common;

namespace OneStop.Domain.Agencies;

/// <summary>
/// A node of the organisation tree: province → departments and communes → units, any depth below.
/// <see cref="Path"/> holds the ids from the root down to this node so that a subtree is one prefix match.
/// </summary>
public sealed class Agency : AggregateRoot
{
    /// <summary>The electronic ID, validated by <see cref="AgencyCode"/>.</summary>
    public string Code { get; private set; } = null!;
    public string Name { get; private set; } = null!;
    public AgencyLevel Level { get; private set; }
    public Guid? ParentId { get; private set; }
    public string Path { get; private set; } = null!;
    public DateOnly ValidFrom { get; private set; }
    public DateOnly? ValidTo { get; private set; }
    public Guid? SuccessorId { get; private set; }
    /// <summary>
    /// The one-stop counter that receives this agency's dossiers (a department's: the province's Public
    /// Administration Service Center); null when the agency receives its own (a commune).
    /// </summary>
    public Guid? CounterAgencyId { get; private set; }

    private Agency() { }

    /// <summary>Creates the root of a province's tree.</summary>
    public static Agency CreateProvince(AgencyCode code, string name, DateOnly validFrom) =>
        Build(code, name, AgencyLevel.Province, parent: null, validFrom);

    /// <summary>Creates a node under <paramref name="parent"/>; departments and communes hang off the province.</summary>
    public static Agency CreateUnder(Agency parent, AgencyCode code, string name, AgencyLevel level, DateOnly validFrom)
    {
        if (level == AgencyLevel.Province)
        {
            throw new InvalidAgencyTreeException("A province is the root of its tree and has no parent.");
        }
        if (level is AgencyLevel.Department or AgencyLevel.Commune && parent.Level != AgencyLevel.Province)
        {
            throw new InvalidAgencyTreeException($"A {level} belongs directly to a province, not to a {parent.Level}.");
        }
        if (level == AgencyLevel.Unit && parent.Level == AgencyLevel.Province)
        {
            throw new InvalidAgencyTreeException("A unit belongs to a department, a commune or another unit.");
        }
        return Build(code, name, level, parent, validFrom);
    }

    private static Agency Build(AgencyCode code, string name, AgencyLevel level, Agency? parent, DateOnly validFrom)
    {
        var agency = new Agency
        {
            Code = code.Value,
            Name = name.Trim(),
            Level = level,
            ParentId = parent?.Id,
            ValidFrom = validFrom,
        };
        agency.Path = $"{parent?.Path ?? "/"}{agency.Id:N}/";
        return agency;
    }

    /// <summary>True for this agency itself and every node below it.</summary>
    public bool Contains(Agency other) => other.Path.StartsWith(Path, StringComparison.Ordinal);

    /// <summary>Ends this agency's validity, naming the agency that takes over its work (mergers of 2025).</summary>
    public void Dissolve(DateOnly validTo, Agency successor)
    {
        if (validTo < ValidFrom)
        {
            throw new InvalidAgencyTreeException("An agency cannot end before it starts.");
        }
        if (successor.Id == Id || Contains(successor))
        {
            throw new InvalidAgencyTreeException("The successor must be another agency outside the dissolved subtree.");
        }
        ValidTo = validTo;
        SuccessorId = successor.Id;
    }

    /// <summary>Has <paramref name="counter"/> receive this agency's dossiers at its one-stop counter.</summary>
    public void ReceiveDossiersAt(Agency counter)
    {
        if (counter.Id == Id || counter.CounterAgencyId is not null)
        {
            throw new InvalidAgencyTreeException("A counter is another agency that receives its own dossiers.");
        }
        CounterAgencyId = counter.Id;
    }

    /// <summary>Where this agency's dossiers are received.</summary>
    public Guid ReceivingAgencyId => CounterAgencyId ?? Id;

    public bool IsValidOn(DateOnly day) => day >= ValidFrom && (ValidTo is null || day <= ValidTo);
}
