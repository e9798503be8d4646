using System.Globalization;
using System.Text;

namespace OneStop.Domain.Common;

/// <summary>
/// Folds Vietnamese text for search: lower case, no tone marks or other diacritics, "đ" as "d",
/// runs of anything that is not a letter, digit or dot collapsed into one space.
/// "Cấp Giấy phép XÂY DỰNG" and "cap giay phep xay dung" fold to the same string.
/// </summary>
public static class VietnameseText
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            var lower = c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c);
            if (char.IsLetterOrDigit(lower) || lower == '.')
            {
                if (pendingSpace && folded.Length > 0)
                {
                    folded.Append(' ');
                }
                pendingSpace = false;
                folded.Append(lower);
            }
            else
            {
                pendingSpace = true;
            }
        }
        return folded.ToString();
    }

    /// <summary>The distinct words of the folded text, for matching every word of a query.</summary>
    public static IReadOnlyList<string> FoldedWords(string text) =>
        Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
}
