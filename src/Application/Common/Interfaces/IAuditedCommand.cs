namespace OneStop.Application.Common.Interfaces;

/// <summary>
/// A command whose success goes into the audit log with the actor, the address and the command itself
/// (administrator changes). <see cref="AuditAction"/> names it, e.g. <c>agency.create</c>.
/// </summary>
public interface IAuditedCommand
{
    string AuditAction { get; }
}
