using OneStop.Domain.Common;

namespace OneStop.Domain.Identity.Exceptions;

public sealed class InvalidTaxCodeException(string? value, string reason)
    : DomainException("invalid-tax-code", $"'{value}' is not a valid tax code (MST): {reason}");
