using OneStop.Domain.Common;

namespace OneStop.Domain.Identity.Exceptions;

/// <summary>
/// The text is not a Vietnamese mobile number. The message says why but leaves the number out,
/// because a phone number is personal data and exception messages end up in logs.
/// </summary>
public sealed class InvalidPhoneNumberException(string reason)
    : DomainException("invalid-phone-number", $"Not a valid Vietnamese mobile number: {reason}");
