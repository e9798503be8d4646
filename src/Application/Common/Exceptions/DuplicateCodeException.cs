namespace OneStop.Application.Common.Exceptions;

/// <summary>A catalogue code must be unique; answered as 409 Conflict.</summary>
public sealed class DuplicateCodeException(string resource, string code)
    : Exception($"A {resource} with code {code} already exists.");
