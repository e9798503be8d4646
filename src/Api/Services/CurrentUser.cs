using System.Security.Claims;
using OneStop.Application.Common.Interfaces;

namespace OneStop.Api.Services;

/// <summary>The signed-in user of the current request, from the access token's subject.</summary>
public sealed class CurrentUser(IHttpContextAccessor http) : IUser
{
    public Guid? Id =>
        Guid.TryParse(http.HttpContext?.User.FindFirstValue("sub"), out var id) ? id : null;

    public string? IpAddress => http.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
