namespace OneStop.Domain.Agencies;

/// <summary>Tier of a node in the two-tier organisation tree (since 1 July 2025: provinces and communes).</summary>
public enum AgencyLevel
{
    Province = 1,
    Department = 2,
    Commune = 3,
    Unit = 4,
}
