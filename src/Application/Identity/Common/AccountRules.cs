using FluentValidation;
using OneStop.Domain.Identity;

namespace OneStop.Application.Identity.Common;

/// <summary>The contact and password rules every self-registered account (citizen or organisation) shares.</summary>
public static class AccountRules
{
    public static IRuleBuilderOptions<T, string> VietnameseMobile<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(PhoneNumber.IsValid).WithMessage("The phone number must be a Vietnamese mobile number, e.g. 0912345678.");

    public static IRuleBuilderOptions<T, string> AccountEmail<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().EmailAddress().MaximumLength(254);

    /// <summary>Only present: the password rules themselves are Identity's, so that registration and later changes share them.</summary>
    public static IRuleBuilderOptions<T, string> AccountPassword<T>(this IRuleBuilder<T, string> rule) => rule.NotEmpty();
}
