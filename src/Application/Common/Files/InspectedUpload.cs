namespace OneStop.Application.Common.Files;

/// <summary>
/// An upload whose kind is known. <paramref name="Content"/> yields the whole file from its first byte;
/// <paramref name="Length"/> is null when the source stream cannot tell its length in advance.
/// </summary>
public sealed record InspectedUpload(FileKind Kind, Stream Content, long? Length)
{
    public string ContentType => Kind.ContentType();
}
