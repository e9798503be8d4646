using OneStop.Domain.Common;

namespace OneStop.Domain.Procedures.Exceptions;

public sealed class InvalidProcedureCodeException(string value)
    : DomainException("invalid-procedure-code", $"'{value}' is not a procedure code such as 1.001193 or 1.012753.H19.");
