using OneStop.Domain.Common;

namespace OneStop.Domain.Procedures.Exceptions;

public sealed class InvalidProcedureContentException(string message) : DomainException("invalid-procedure-content", message);
