namespace OneStop.Infrastructure.Files;

/// <summary>Where <see cref="DiskFileStorage"/> keeps uploads (section <c>FileStorage</c>).</summary>
public sealed class FileStorageOptions
{
    public const string Section = "FileStorage";

    /// <summary>An absolute folder. The host resolves the default, <c>.data/files</c>, against its content root.</summary>
    public string RootPath { get; set; } = "";
}
