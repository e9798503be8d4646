using OneStop.Domain.Common;

namespace OneStop.Domain.Agencies.Exceptions;

/// <summary>The organisation tree would be broken: wrong parent for a level, or a cycle.</summary>
public sealed class InvalidAgencyTreeException(string message) : DomainException("invalid-agency-tree", message);
