using OneStop.Application.Identity.Commands.RegisterCitizen;

namespace OneStop.Testing;

/// <summary>Valid registration data; each call gives a different citizen.</summary>
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
}
