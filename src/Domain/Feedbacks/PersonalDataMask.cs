using System.Text.RegularExpressions;

namespace OneStop.Domain.Feedbacks;

/// <summary>
/// Hides personal data before a feedback is shown in public: the submitter's name keeps only the family
/// name and initials, and phone numbers, ID numbers and e-mail addresses written into a text are blanked.
/// </summary>
public static partial class PersonalDataMask
{
    public const string Hidden = "***";

    /// <summary>"Nguyễn Văn An" → "Nguyễn V. A."</summary>
    public static string Name(string fullName)
    {
        // Any white space separates words, so a tab or a non-breaking space cannot let a middle name through.
        var words = fullName.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.Length switch
        {
            0 => Hidden,
            1 => $"{words[0][0]}.",
            _ => string.Join(' ', words.Skip(1).Select(w => $"{w[0]}.").Prepend(words[0])),
        };
    }

    /// <summary>
    /// Blanks e-mail addresses and runs of 9 or more digits (phones, citizen IDs, tax codes) written with spaces, dots or
    /// dashes between the digits, and landlines with an area code in parentheses. Dossier codes and amounts of money
    /// are no one's personal data and stay.
    /// </summary>
    public static string Text(string text) =>
        LongNumber().Replace(Email().Replace(text, Hidden), match => match.Groups["keep"].Success ? match.Value : Hidden);

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<keep>\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}-\d{6}-\d{4,6}|\d{1,3}(?:\.\d{3})+(?=\s?(?:đồng|đ\b|VNĐ|VND)))" +
        @"|\(\+?\d{2,4}\)[ .-]{0,3}\d(?:[ .-]{0,3}\d){6,}|\+?\d(?:[ .-]{0,3}\d){8,}")]
    private static partial Regex LongNumber();
}
