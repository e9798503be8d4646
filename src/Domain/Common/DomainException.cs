namespace OneStop.Domain.Common;

/// <summary>
/// A business rule was broken. Each subclass names one rule; <see cref="Rule"/> is a stable,
/// kebab-case identifier that the API turns into the problem-details <c>type</c>.
/// </summary>
public abstract class DomainException(string rule, string message) : Exception(message)
{
    public string Rule { get; } = rule;
}
