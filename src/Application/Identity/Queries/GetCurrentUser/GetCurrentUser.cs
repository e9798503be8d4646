using Mediator;
using OneStop.Application.Common.Exceptions;
using OneStop.Application.Common.Interfaces;

namespace OneStop.Application.Identity.Queries.GetCurrentUser;

/// <summary>The signed-in account: name, contact details and roles.</summary>
public sealed record GetCurrentUserQuery : IQuery<AccountDto>;

public sealed class GetCurrentUserQueryHandler(IUser user, IIdentityService identity) : IQueryHandler<GetCurrentUserQuery, AccountDto>
{
    public async ValueTask<AccountDto> Handle(GetCurrentUserQuery query, CancellationToken cancellationToken) =>
        user.Id is { } id && await identity.FindAccountAsync(id, cancellationToken) is { } account
            ? account
            : throw new AuthenticationFailedException();
}
