using System.Globalization;
using System.Text.RegularExpressions;
using OneStop.Domain.Agencies;
using OneStop.Domain.Dossiers.Exceptions;

namespace OneStop.Domain.Dossiers;

/// <summary>
/// <c>{receiving agency ID}-{yymmdd}-{sequence}</c> (Circular 03/2025), e.g. <c>000.17.22.H56-210531-0001</c>.
/// The sequence counts that agency's dossiers of the local day, from 1, in at least four digits.
/// </summary>
public sealed partial record DossierCode
{
    public string Value { get; }

    private DossierCode(string value) => Value = value;

    public static DossierCode Create(AgencyCode agency, DateOnly localDay, int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sequence);
        return new DossierCode(string.Create(CultureInfo.InvariantCulture, $"{agency.Value}-{localDay:yyMMdd}-{sequence:D4}"));
    }

    public static DossierCode Parse(string value) =>
        TryParse(value, out var code) ? code : throw new InvalidDossierCodeException(value);

    public static bool TryParse(string? value, out DossierCode code)
    {
        code = null!;
        if (value is null || Shape().Match(value) is not { Success: true } match ||
            !DateOnly.TryParseExact(match.Groups["day"].Value, "yyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ||
            int.Parse(match.Groups["seq"].Value, CultureInfo.InvariantCulture) == 0)
        {
            return false;
        }
        code = new DossierCode(value);
        return true;
    }

    public override string ToString() => Value;

    [GeneratedRegex(@"^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}-(?<day>\d{6})-(?<seq>\d{4,6})$")]
    private static partial Regex Shape();
}
