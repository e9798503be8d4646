namespace OneStop.Application.Common.Files;

/// <summary>A file as stored: its opaque key, its size in bytes and its SHA-256 as lowercase hex.</summary>
public sealed record StoredFile(string Key, long Length, string Sha256);
