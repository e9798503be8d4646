using System.Text.RegularExpressions;
using OneStop.Domain.Agencies.Exceptions;

namespace OneStop.Domain.Agencies;

/// <summary>Electronic agency ID after QCVN 102, shaped <c>000.00.00.H00</c> (e.g. <c>000.00.14.H56</c>).</summary>
public sealed partial record AgencyCode
{
    public string Value { get; }

    private AgencyCode(string value) => Value = value;

    public static AgencyCode Parse(string value) =>
        IsValid(value) ? new AgencyCode(value) : throw new InvalidAgencyCodeException(value);

    public static bool IsValid(string? value) => value is not null && Shape().IsMatch(value);

    public override string ToString() => Value;

    [GeneratedRegex(@"^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$")]
    private static partial Regex Shape();
}
