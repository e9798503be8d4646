namespace OneStop.Application.Common.Security;

/// <summary>What an integrator client may be granted.</summary>
public static class Scopes
{
    public const string CatalogueRead = "catalogue.read";
    public const string DossiersRead = "dossiers.read";
    public const string DossiersWrite = "dossiers.write";
    public const string FeedbackRead = "feedback.read";
    public const string FeedbackWrite = "feedback.write";

    public static readonly IReadOnlyList<string> All = [CatalogueRead, DossiersRead, DossiersWrite, FeedbackRead, FeedbackWrite];

    /// <summary>Dossier scopes are granted for named agencies only.</summary>
    public static bool IsPerAgency(string scope) => scope is DossiersRead or DossiersWrite;
}
