using Mediator;
using OneStop.Application.Common.Interfaces;

namespace OneStop.Application.Identity.Queries.GetExternalSignIn;

/// <summary>Whether the province has an external identity provider for sign-in, and its name.</summary>
public sealed record GetExternalSignInQuery : IQuery<ExternalSignInDto>;

public sealed class GetExternalSignInQueryHandler(IExternalIdentityProvider provider) : IQueryHandler<GetExternalSignInQuery, ExternalSignInDto>
{
    public ValueTask<ExternalSignInDto> Handle(GetExternalSignInQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new ExternalSignInDto(provider.IsEnabled, provider.IsEnabled ? provider.DisplayName : null));
}
