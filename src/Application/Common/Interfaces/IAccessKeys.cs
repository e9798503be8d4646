namespace OneStop.Application.Common.Interfaces;

/// <summary>
/// Keys that let someone without an account act on one record: a guest following up their feedback, a walk-in
/// applicant rating a dossier with the token printed on the receipt. A key is derived from a server secret and the
/// record's id, so it can be printed again and never has to be stored; it says nothing about the record itself.
/// </summary>
public interface IAccessKeys
{
    /// <summary>The key of <paramref name="recordId"/> for one purpose, short enough to type from paper (XXXX-XXXX-XXXX-XXXX).</summary>
    string Issue(string purpose, Guid recordId);

    /// <summary>True when <paramref name="key"/> is the key of <paramref name="recordId"/> for the purpose (case, spaces and dashes ignored).</summary>
    bool Verify(string purpose, Guid recordId, string? key);
}

/// <summary>The purposes access keys are issued for.</summary>
public static class AccessKeyPurposes
{
    public const string FeedbackFollowUp = "feedback-follow-up";
    public const string DossierRating = "dossier-rating";
}
