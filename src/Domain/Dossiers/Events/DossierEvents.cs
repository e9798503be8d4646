using OneStop.Domain.Common;

namespace OneStop.Domain.Dossiers.Events;

// The events carry ids and values, not the aggregate, so that an outbox can serialise them later.
// They are one-line records, kept together in one file so the whole vocabulary reads at a glance.

/// <summary>Raised inside the submitting transaction, before the dossier has its code (it is numbered right after the commit).</summary>
public sealed record DossierSubmittedEvent(Guid DossierId, Guid ReceivingAgencyId, DossierChannel Channel, DateTimeOffset At) : IDomainEvent;

/// <summary>Any move of the business status; the national-portal sync and notifications hang off this one.</summary>
public sealed record DossierStatusChangedEvent(Guid DossierId, string? Code, DossierAction Action, DossierStatus From, DossierStatus To, DateTimeOffset At) : IDomainEvent;

public sealed record DossierHandedOffEvent(Guid DossierId, Guid FromAgencyId, Guid ToAgencyId, Guid? ToOfficerId, DateTimeOffset At) : IDomainEvent;

public sealed record DossierDeadlineExtendedEvent(Guid DossierId, DateTimeOffset OriginalDueAt, DateTimeOffset NewAppointmentAt, string Reason) : IDomainEvent;
