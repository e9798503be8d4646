using System.Text.RegularExpressions;
using OneStop.Domain.Procedures.Exceptions;

namespace OneStop.Domain.Procedures;

/// <summary>National procedure code such as <c>1.001193</c>, or a local variant such as <c>1.012753.H19</c>.</summary>
public sealed partial record ProcedureCode
{
    public string Value { get; }

    private ProcedureCode(string value) => Value = value;

    public static ProcedureCode Parse(string value) =>
        IsValid(value) ? new ProcedureCode(value) : throw new InvalidProcedureCodeException(value);

    public static bool IsValid(string? value) => value is not null && Shape().IsMatch(value);

    public override string ToString() => Value;

    [GeneratedRegex(@"^\d{1,2}\.\d{6}(\.[A-Z]\d{2})?$")]
    private static partial Regex Shape();
}
