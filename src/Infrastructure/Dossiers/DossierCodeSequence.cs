namespace OneStop.Infrastructure.Dossiers;

/// <summary>The last dossier number handed out for an agency's local day (a row per agency and day).</summary>
public sealed class DossierCodeSequence
{
    public Guid AgencyId { get; private set; }
    public DateOnly Day { get; private set; }
    public int LastValue { get; private set; }
}
