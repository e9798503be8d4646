namespace OneStop.Domain.Dossiers;

/// <summary>Payment is its own axis, never a business status (domain.md).</summary>
public enum PaymentStatus
{
    NotRequired = 0,
    Requested = 1,
    Paid = 2,
}

public enum PaymentMethod
{
    Cash = 1,
    Online = 2,
}

/// <summary>How the result reaches the applicant.</summary>
public enum DeliveryMethod
{
    Counter = 1,
    Post = 2,
    Online = 3,
}

/// <summary>The Leader's decision on the result.</summary>
public enum ResultDecision
{
    Approved = 1,
    Refused = 2,
}

/// <summary>Synchronisation with the national portal, its own axis; the relay comes with the integration work.</summary>
public enum NationalSyncStatus
{
    Pending = 0,
    Synced = 1,
    Failed = 2,
}
