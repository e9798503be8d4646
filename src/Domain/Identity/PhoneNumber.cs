using System.Text.RegularExpressions;
using OneStop.Domain.Identity.Exceptions;

namespace OneStop.Domain.Identity;

/// <summary>
/// Vietnamese mobile number. Accepts <c>0xxxxxxxxx</c>, <c>+84xxxxxxxxx</c> or <c>84xxxxxxxxx</c>,
/// ignoring spaces, dots and dashes; the national number must start with a mobile prefix
/// (03, 05, 07, 08, 09). <see cref="Value"/> is the national form <c>0xxxxxxxxx</c>.
/// </summary>
public sealed partial record PhoneNumber
{
    public string Value { get; }

    /// <summary>The international form, <c>+84xxxxxxxxx</c>.</summary>
    public string E164 => $"+84{Value[1..]}";

    private PhoneNumber(string value) => Value = value;

    public static PhoneNumber Parse(string value) =>
        TryNormalise(value, out var normalised, out var problem)
            ? new PhoneNumber(normalised)
            : throw new InvalidPhoneNumberException(problem);

    public static bool IsValid(string? value) => TryNormalise(value, out _, out _);

    public override string ToString() => Value;

    private static bool TryNormalise(string? value, out string normalised, out string problem)
    {
        normalised = "";
        problem = "";
        var compact = value is null ? "" : Separators().Replace(value, "");
        if (compact.Length == 0)
        {
            problem = "a phone number is required.";
            return false;
        }

        var match = Shape().Match(compact);
        if (!match.Success)
        {
            problem = "write it as 0 followed by 9 digits, or +84 followed by 9 digits (spaces, dots and dashes are allowed).";
            return false;
        }

        var national = "0" + match.Groups["subscriber"].Value;
        if (national[1] is not ('3' or '5' or '7' or '8' or '9'))
        {
            problem = $"it starts with {national[..2]}, which is not a mobile prefix (03, 05, 07, 08 or 09).";
            return false;
        }

        normalised = national;
        return true;
    }

    [GeneratedRegex("[ .-]")]
    private static partial Regex Separators();

    // [0-9], not \d: \d also matches non-ASCII digits such as full-width ones.
    [GeneratedRegex(@"^(?:0|\+?84)(?<subscriber>[0-9]{9})$")]
    private static partial Regex Shape();
}
