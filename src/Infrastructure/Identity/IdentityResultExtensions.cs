using Microsoft.AspNetCore.Identity;

namespace OneStop.Infrastructure.Identity;

public static class IdentityResultExtensions
{
    /// <summary>For Identity calls that cannot fail on valid input: a failure is a bug, not a user error.</summary>
    public static void EnsureSucceeded(this IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
