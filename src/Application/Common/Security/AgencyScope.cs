using Microsoft.EntityFrameworkCore;
using OneStop.Application.Common.Interfaces;

namespace OneStop.Application.Common.Security;

/// <summary>The agencies whose records a caller may read: their own, and for a Supervisor the subtree below each.</summary>
public static class AgencyScope
{
    public static async Task<List<Guid>> AgencyScopeAsync(this IApplicationDbContext db, IUser user, IReadOnlyList<Guid> own, CancellationToken cancellationToken)
    {
        if (!user.Roles.Contains(Roles.Supervisor) || own.Count == 0)
        {
            return own.ToList();
        }
        var paths = await db.Agencies.Where(a => own.Contains(a.Id)).Select(a => a.Path).ToListAsync(cancellationToken);
        return await db.Agencies.Where(a => paths.Any(p => a.Path.StartsWith(p))).Select(a => a.Id).ToListAsync(cancellationToken);
    }
}
