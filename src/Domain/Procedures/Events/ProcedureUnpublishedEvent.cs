using OneStop.Domain.Common;

namespace OneStop.Domain.Procedures.Events;

public sealed record ProcedureUnpublishedEvent(Guid ProcedureId, string Code, int VersionNumber, DateTimeOffset UnpublishedAt) : IDomainEvent;
