namespace OneStop.Domain.Common;

/// <summary>A file already written to storage, ready to be attached to a dossier or a feedback.</summary>
public sealed record FileReference(string FileName, string ContentType, long Length, string Sha256, string StorageKey);
