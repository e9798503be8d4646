using FluentValidation.Results;

namespace OneStop.Application.Common.Exceptions;

/// <summary>Input failed validation; <see cref="Errors"/> maps each property path to its messages.</summary>
public sealed class ValidationException : Exception
{
    public IDictionary<string, string[]> Errors { get; }

    public ValidationException(IEnumerable<ValidationFailure> failures)
        : base("One or more validation failures have occurred.")
    {
        Errors = failures
            .GroupBy(f => f.PropertyName, f => f.ErrorMessage)
            .ToDictionary(g => g.Key, g => g.Distinct().ToArray());
    }
}
