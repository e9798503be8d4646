using OneStop.Domain.Common;

namespace OneStop.Domain.Identity.Exceptions;

/// <summary>
/// The text is not a citizen ID (CCCD). The message says why but leaves the number out, because a
/// citizen ID is personal data and exception messages end up in logs.
/// </summary>
public sealed class InvalidCitizenIdException(string reason)
    : DomainException("invalid-citizen-id", $"Not a valid citizen ID (CCCD): {reason}");
