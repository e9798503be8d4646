using System.Security.Claims;
using OneStop.Application.Common.Interfaces;

namespace OneStop.Api.Services;

/// <summary>The signed-in user of the current request, from the access token's claims.</summary>
public sealed class CurrentUser(IHttpContextAccessor http) : IUser
{
    private ClaimsPrincipal? Principal => http.HttpContext?.User;

    public Guid? Id =>
        Guid.TryParse(Principal?.FindFirstValue("sub"), out var id) ? id : null;

    public string? Name => Principal?.FindFirstValue("name");

    public string? IpAddress => http.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public IReadOnlyList<string> Roles => Principal?.FindAll("role").Select(c => c.Value).ToList() ?? [];

    public IReadOnlyList<Guid> AgencyIds =>
        Principal?.FindAll("agency").Select(c => Guid.TryParse(c.Value, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList() ?? [];

    public IReadOnlyList<string> Scopes =>
        Principal?.FindFirstValue("scope")?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
}
