namespace OneStop.Application.Common.Interfaces;

/// <summary>Who sends the current request, as far as a use case needs to know.</summary>
public interface IUser
{
    Guid? Id { get; }

    /// <summary>The client's address, for the audit log.</summary>
    string? IpAddress { get; }
}
