namespace OneStop.Application.Common.Exceptions;

/// <summary>
/// Sign-in or token renewal failed; answered as 401. The message is the same whatever the cause
/// (unknown account, wrong password, locked account, bad token), so it tells an attacker nothing.
/// </summary>
public sealed class AuthenticationFailedException() : Exception(GenericMessage)
{
    public const string GenericMessage = "The sign-in details are not valid, or the account is temporarily locked.";
}
