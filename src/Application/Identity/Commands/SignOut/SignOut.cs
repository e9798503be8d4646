using FluentValidation;
using Mediator;
using OneStop.Application.Common.Interfaces;

namespace OneStop.Application.Identity.Commands.SignOut;

/// <summary>Ends the session the refresh token belongs to: its whole token family is revoked.</summary>
public sealed record SignOutCommand(string RefreshToken) : ICommand<Unit>;

public sealed class SignOutCommandHandler(IIdentityService identity) : ICommandHandler<SignOutCommand, Unit>
{
    public async ValueTask<Unit> Handle(SignOutCommand command, CancellationToken cancellationToken)
    {
        await identity.SignOutAsync(command.RefreshToken, cancellationToken);
        return Unit.Value;
    }
}

public sealed class SignOutCommandValidator : AbstractValidator<SignOutCommand>
{
    public SignOutCommandValidator() => RuleFor(x => x.RefreshToken).NotEmpty().MaximumLength(200);
}
