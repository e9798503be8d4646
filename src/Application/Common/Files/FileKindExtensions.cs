namespace OneStop.Application.Common.Files;

public static class FileKindExtensions
{
    /// <summary>The media type to store and serve the file with.</summary>
    public static string ContentType(this FileKind kind) => kind switch
    {
        FileKind.Pdf => "application/pdf",
        FileKind.Jpeg => "image/jpeg",
        FileKind.Png => "image/png",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown file kind."),
    };

    /// <summary>The usual file-name extension, with its dot, for downloads.</summary>
    public static string FileExtension(this FileKind kind) => kind switch
    {
        FileKind.Pdf => ".pdf",
        FileKind.Jpeg => ".jpg",
        FileKind.Png => ".png",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown file kind."),
    };
}
