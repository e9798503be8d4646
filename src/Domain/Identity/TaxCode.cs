using System.Text.RegularExpressions;
using OneStop.Domain.Identity.Exceptions;

namespace OneStop.Domain.Identity;

/// <summary>
/// Enterprise tax code (mã số thuế, MST): 10 digits whose last is a check digit, or a branch or
/// dependent unit's 13-character code <c>NNNNNNNNNN-NNN</c> (the parent's 10 digits, a dash and a
/// suffix 001–999). Thirteen digits without the dash are accepted and written with it.
/// </summary>
public sealed partial record TaxCode
{
    private static readonly int[] Weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];

    /// <summary>The normalised code: <c>NNNNNNNNNN</c> or <c>NNNNNNNNNN-NNN</c>.</summary>
    public string Value { get; }

    /// <summary>True for a 13-character code of a branch or dependent unit.</summary>
    public bool IsBranch => Value.Length == 14;

    private TaxCode(string value) => Value = value;

    public static TaxCode Parse(string value) =>
        TryNormalise(value, out var normalised, out var problem)
            ? new TaxCode(normalised)
            : throw new InvalidTaxCodeException(value, problem);

    public static bool IsValid(string? value) => TryNormalise(value, out _, out _);

    public override string ToString() => Value;

    private static bool TryNormalise(string? value, out string normalised, out string problem)
    {
        normalised = "";
        problem = "";
        var match = value is null ? Match.Empty : Shape().Match(value);
        if (!match.Success)
        {
            problem = "a tax code is 10 digits, or 13 written NNNNNNNNNN-NNN for a branch.";
            return false;
        }

        var main = match.Groups["main"].Value;
        var expected = CheckDigit(main);
        if (expected == 10)
        {
            problem = "its first nine digits give check value 10, so no tax code starts with them.";
            return false;
        }

        if (main[9] - '0' != expected)
        {
            problem = $"the check digit (10th digit) should be {expected}, not {main[9]}.";
            return false;
        }

        var branch = match.Groups["branch"];
        if (!branch.Success)
        {
            normalised = main;
            return true;
        }

        if (branch.Value == "000")
        {
            problem = "the branch suffix runs from 001 to 999; 000 is never issued.";
            return false;
        }

        normalised = $"{main}-{branch.Value}";
        return true;
    }

    /// <summary>10 − (Σ digitᵢ × weightᵢ mod 11) over digits 1–9; 10 means no valid code.</summary>
    private static int CheckDigit(string main)
    {
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += (main[i] - '0') * Weights[i];
        }

        return 10 - (sum % 11);
    }

    // [0-9], not \d: \d also matches non-ASCII digits such as full-width ones.
    [GeneratedRegex("^(?<main>[0-9]{10})(?:-?(?<branch>[0-9]{3}))?$")]
    private static partial Regex Shape();
}
