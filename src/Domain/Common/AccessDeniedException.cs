namespace OneStop.Domain.Common;

/// <summary>
/// The actor is known and sees the record, but this action is not theirs to take (wrong role or agency).
/// The API answers 403 rather than the 409 of other rules.
/// </summary>
public abstract class AccessDeniedException(string rule, string message) : DomainException(rule, message);
