using OneStop.Domain.Common;

namespace OneStop.Domain.Procedures.Exceptions;

/// <summary>The action needs a different version or publication state than the one addressed.</summary>
public sealed class ProcedureVersionConflictException(string message) : DomainException("procedure-version-conflict", message);
