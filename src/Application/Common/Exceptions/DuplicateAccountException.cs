namespace OneStop.Application.Common.Exceptions;

/// <summary>An account with this citizen ID or e-mail exists already; answered as 409.</summary>
public sealed class DuplicateAccountException(string what) : Exception($"An account with this {what} already exists.");
