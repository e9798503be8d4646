namespace OneStop.Application.Common.Files;

/// <summary>What the province accepts as an uploaded document.</summary>
public static class UploadRules
{
    /// <summary>At most 20 MB (MiB) per file.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>
    /// The field <see cref="IFileStorage.SaveAsync"/> names when its own cap trips. It does not know the
    /// request's field; <see cref="UploadCheck.InspectAsync"/> normally refuses such files first, by name.
    /// </summary>
    public const string StorageFieldName = "file";

    /// <summary>Every kind <see cref="FileSignature"/> recognises is accepted.</summary>
    public static IReadOnlyList<FileKind> AllowedKinds { get; } = [FileKind.Pdf, FileKind.Jpeg, FileKind.Png];
}
