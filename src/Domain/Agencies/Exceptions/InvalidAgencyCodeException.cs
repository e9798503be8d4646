using OneStop.Domain.Common;

namespace OneStop.Domain.Agencies.Exceptions;

public sealed class InvalidAgencyCodeException(string value)
    : DomainException("invalid-agency-code", $"'{value}' is not an agency ID of the shape 000.00.00.H00.");
