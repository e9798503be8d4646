using Microsoft.AspNetCore.Identity;

namespace OneStop.Infrastructure.Identity;

/// <summary>A password may not be all of one kind of character (all letters, all digits, …).</summary>
public sealed class PasswordClassesValidator : IPasswordValidator<ApplicationUser>
{
    public const string Code = "PasswordOneCharacterClass";

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        var classes = new[] { char.IsLower, char.IsUpper, char.IsDigit, (Func<char, bool>)(c => !char.IsLetterOrDigit(c)) }
            .Count(isOfClass => (password ?? "").Any(isOfClass));
        return Task.FromResult(classes >= 2
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = Code, Description = "Passwords must mix at least two kinds of characters: lower case, upper case, digits, symbols." }));
    }
}
