using System.Collections.Frozen;
using System.Text.RegularExpressions;
using OneStop.Domain.Identity.Exceptions;

namespace OneStop.Domain.Identity;

/// <summary>
/// Citizen ID number (số định danh cá nhân, printed on the CCCD): 12 digits. Digits 1–3 are the
/// province code of birth registration (<c>001</c> Hà Nội … <c>096</c> Cà Mau), digit 4 encodes
/// century and gender, digits 5–6 the year of birth, the rest are random.
/// </summary>
public sealed partial record CitizenId
{
    /// <summary>The 63 province codes used in citizen IDs (Circular 07/2016/TT-BCA).</summary>
    private static readonly FrozenSet<string> ProvinceCodes = new[]
    {
        "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020",
        "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038",
        "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060",
        "062", "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082",
        "083", "084", "086", "087", "089", "091", "092", "093", "094", "095", "096",
    }.ToFrozenSet(StringComparer.Ordinal);

    public string Value { get; }

    /// <summary>The first three digits: the province where the birth was registered.</summary>
    public string ProvinceCode => Value[..3];

    private CitizenId(string value) => Value = value;

    public static CitizenId Parse(string value) =>
        Problem(value) is { } problem ? throw new InvalidCitizenIdException(problem) : new CitizenId(value);

    public static bool IsValid(string? value) => Problem(value) is null;

    public override string ToString() => Value;

    private static string? Problem(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "a citizen ID is required.";
        }

        if (!Shape().IsMatch(value))
        {
            return $"a citizen ID is exactly 12 digits (0-9) with no spaces or other characters; got {value.Length} characters.";
        }

        return ProvinceCodes.Contains(value[..3])
            ? null
            : $"the first three digits ({value[..3]}) are not a province code used in citizen IDs.";
    }

    // [0-9], not \d: \d also matches non-ASCII digits such as full-width ones.
    [GeneratedRegex("^[0-9]{12}$")]
    private static partial Regex Shape();
}
