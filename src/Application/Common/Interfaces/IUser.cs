namespace OneStop.Application.Common.Interfaces;

/// <summary>Who sends the current request, as far as a use case needs to know.</summary>
public interface IUser
{
    Guid? Id { get; }

    /// <summary>Display name, written into histories and printed forms.</summary>
    string? Name { get; }

    /// <summary>The client's address, for the audit log.</summary>
    string? IpAddress { get; }

    IReadOnlyList<string> Roles { get; }

    /// <summary>The officer's agency, or the agencies an integrator client was granted.</summary>
    IReadOnlyList<Guid> AgencyIds { get; }

    /// <summary>Scopes of an integrator client's token; empty for people.</summary>
    IReadOnlyList<string> Scopes { get; }
}
