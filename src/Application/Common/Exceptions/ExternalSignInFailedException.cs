namespace OneStop.Application.Common.Exceptions;

/// <summary>
/// A sign-in through the external identity provider could not be completed; answered as 401 with the reason
/// (none of them tells anything about our accounts).
/// </summary>
public sealed class ExternalSignInFailedException(string reason) : Exception($"The sign-in through the identity provider failed: {reason}")
{
    public string Reason { get; } = reason;
}
