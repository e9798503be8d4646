namespace OneStop.Domain.Dossiers;

/// <summary>Business status of a dossier; the values are the national synchronisation codes (domain.md).</summary>
public enum DossierStatus
{
    Draft = 0,
    Submitted = 1,
    Received = 2,
    NotAccepted = 3,
    Processing = 4,
    SupplementRequested = 5,
    AwaitingPayment = 6,
    Withdrawn = 7,
    Stopped = 8,
    Processed = 9,
    Returned = 10,
}

public static class DossierStatusExtensions
{
    public static bool IsFinal(this DossierStatus status) =>
        status is DossierStatus.NotAccepted or DossierStatus.Withdrawn or DossierStatus.Stopped or DossierStatus.Returned;

    /// <summary>Statuses in which the working-time clock runs (it is paused while the applicant or a payment is awaited).</summary>
    public static bool ClockRuns(this DossierStatus status) => status is DossierStatus.Received or DossierStatus.Processing;
}
