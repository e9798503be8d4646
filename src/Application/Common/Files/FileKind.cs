namespace OneStop.Application.Common.Files;

/// <summary>The kinds of document a citizen may upload, as recognised from the content.</summary>
public enum FileKind
{
    Pdf = 1,
    Jpeg = 2,
    Png = 3,
}
