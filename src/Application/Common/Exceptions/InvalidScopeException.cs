namespace OneStop.Application.Common.Exceptions;

/// <summary>An authenticated client asked for scopes it was not granted (OAuth 2's invalid_scope, RFC 6749 §5.2).</summary>
public sealed class InvalidScopeException(IEnumerable<string> scopes)
    : Exception($"The client was not granted: {string.Join(' ', scopes)}.");
