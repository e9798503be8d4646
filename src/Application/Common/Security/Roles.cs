namespace OneStop.Application.Common.Security;

/// <summary>The roles of domain.md. Officers hold one or more of the officer roles within their agency.</summary>
public static class Roles
{
    public const string Citizen = nameof(Citizen);
    public const string Organisation = nameof(Organisation);
    public const string Receptionist = nameof(Receptionist);
    public const string Processor = nameof(Processor);
    public const string Leader = nameof(Leader);
    public const string Supervisor = nameof(Supervisor);
    public const string Administrator = nameof(Administrator);

    public static readonly IReadOnlyList<string> All = [Citizen, Organisation, Receptionist, Processor, Leader, Supervisor, Administrator];

    /// <summary>Roles an officer of an agency may hold.</summary>
    public static readonly IReadOnlyList<string> Officer = [Receptionist, Processor, Leader, Supervisor, Administrator];
}
