using OneStop.Domain.Common;

namespace OneStop.Domain.Calendar.Events;

/// <summary>An administrator changed a year's calendar: deadlines computed from now on may differ.</summary>
public sealed record WorkingCalendarRevisedEvent(Guid WorkingCalendarYearId, int Year) : IDomainEvent;
