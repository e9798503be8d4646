namespace OneStop.Application.Common.Files;

/// <summary>A stored file opened for download, with the type and name to send it under.</summary>
public sealed record DocumentContent(Stream Content, string ContentType, string FileName);
