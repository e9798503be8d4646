using FluentValidation;
using Mediator;
using OneStop.Application.Common.Interfaces;

namespace OneStop.Application.Identity.Commands.RefreshTokens;

/// <summary>Exchanges a refresh token for a new pair; the presented token cannot be used again.</summary>
public sealed record RefreshTokensCommand(string RefreshToken) : ICommand<TokenPairDto>;

public sealed class RefreshTokensCommandHandler(IIdentityService identity) : ICommandHandler<RefreshTokensCommand, TokenPairDto>
{
    public async ValueTask<TokenPairDto> Handle(RefreshTokensCommand command, CancellationToken cancellationToken) =>
        TokenPairDto.Of(await identity.RefreshAsync(command.RefreshToken, cancellationToken));
}

public sealed class RefreshTokensCommandValidator : AbstractValidator<RefreshTokensCommand>
{
    public RefreshTokensCommandValidator() => RuleFor(x => x.RefreshToken).NotEmpty().MaximumLength(200);
}
