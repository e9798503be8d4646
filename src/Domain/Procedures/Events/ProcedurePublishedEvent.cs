using OneStop.Domain.Common;

namespace OneStop.Domain.Procedures.Events;

public sealed record ProcedurePublishedEvent(Guid ProcedureId, string Code, int VersionNumber, DateTimeOffset PublishedAt) : IDomainEvent;
