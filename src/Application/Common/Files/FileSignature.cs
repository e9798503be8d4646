namespace OneStop.Application.Common.Files;

/// <summary>
/// Recognises a file's kind from its first bytes ("magic numbers"). The name and the declared media
/// type are never consulted: both come from the client and prove nothing.
/// </summary>
public static class FileSignature
{
    /// <summary>How many leading bytes <see cref="Detect"/> needs to recognise every kind.</summary>
    public const int HeaderLength = 8;

    // All signatures must sit at offset 0. PDF readers tolerate junk before "%PDF-", but accepting it
    // would let a polyglot (e.g. HTML followed by a PDF) through, so we are stricter than readers.
    private static ReadOnlySpan<byte> Pdf => "%PDF-"u8;
    private static ReadOnlySpan<byte> Jpeg => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The kind whose signature starts <paramref name="header"/>, or null when none does.</summary>
    public static FileKind? Detect(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith(Pdf))
        {
            return FileKind.Pdf;
        }
        if (header.StartsWith(Png))
        {
            return FileKind.Png;
        }
        if (header.StartsWith(Jpeg))
        {
            return FileKind.Jpeg;
        }
        return null;
    }
}
