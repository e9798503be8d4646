using OneStop.Application.Identity.Commands.RegisterCitizen;
using OneStop.Application.Identity.Commands.RegisterOrganisation;
using OneStop.Domain.Identity;

namespace OneStop.Testing;

/// <summary>Valid registration data; each call gives a different citizen or organisation.</summary>
public static class TestAccounts
{
    public const string Password = "Mat-khau-2026";
    private static int _next;

    public static RegisterCitizenCommand NewCitizen()
    {
        var n = Interlocked.Increment(ref _next);
        return new RegisterCitizenCommand(
            "Nguyễn Văn An",
            $"056{n:D9}",
            $"09{n:D8}",
            $"citizen{n}@example.vn",
            Password);
    }

    public static RegisterOrganisationCommand NewOrganisation()
    {
        var n = Interlocked.Increment(ref _next);
        return new RegisterOrganisationCommand(
            $"Công ty TNHH Thử Nghiệm {n}",
            NewTaxCode(n),
            "Trần Thị Bình",
            $"08{n:D8}",
            $"organisation{n}@example.vn",
            Password);
    }

    /// <summary>Ten digits from <paramref name="n"/> with the check digit that makes them a valid tax code.</summary>
    private static string NewTaxCode(int n)
    {
        for (var first = 400_000_000L + n * 10L; ; first++)
        {
            var main = first.ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
            if (Enumerable.Range(0, 10).Select(digit => $"{main}{digit}").FirstOrDefault(TaxCode.IsValid) is { } code)
            {
                return code;
            }
        }
    }
}
