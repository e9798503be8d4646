using FluentValidation;
using Mediator;
using ValidationException = OneStop.Application.Common.Exceptions.ValidationException;

namespace OneStop.Application.Common.Behaviours;

/// <summary>Runs every FluentValidation validator of the message; any failure stops the handler.</summary>
public sealed class ValidationBehaviour<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(new ValidationContext<TMessage>(message), cancellationToken);
            failures.AddRange(result.Errors);
        }
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
        return await next(message, cancellationToken);
    }
}
