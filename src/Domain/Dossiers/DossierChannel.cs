namespace OneStop.Domain.Dossiers;

/// <summary>How a dossier reached the agency (kênh nộp).</summary>
public enum DossierChannel
{
    Counter = 1,
    Online = 2,
    Postal = 3,
}
