using OneStop.Domain.Common;

namespace OneStop.Domain.Calendar.Exceptions;

public sealed class InvalidWorkingCalendarException(string message) : DomainException("invalid-working-calendar", message);
