using Mediator;
using OneStop.Application.Common.Interfaces;

namespace OneStop.Application.Identity.Commands.SignIn;

/// <summary>Signs in with an e-mail address, a citizen ID or an organisation's tax code, and a password.</summary>
public sealed record SignInCommand(string Login, string Password) : ICommand<TokenPairDto>;

public sealed class SignInCommandHandler(IIdentityService identity) : ICommandHandler<SignInCommand, TokenPairDto>
{
    public async ValueTask<TokenPairDto> Handle(SignInCommand command, CancellationToken cancellationToken) =>
        TokenPairDto.Of(await identity.SignInAsync(command.Login.Trim(), command.Password, cancellationToken));
}
