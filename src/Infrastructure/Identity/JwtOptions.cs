namespace OneStop.Infrastructure.Identity;

/// <summary>Token settings (section <c>Jwt</c>). The signing key must be at least 32 bytes and secret.</summary>
public sealed class JwtOptions
{
    public const string Section = "Jwt";

    public string Issuer { get; set; } = "onestop";
    public string Audience { get; set; } = "onestop";
    public string SigningKey { get; set; } = "";
    public int AccessTokenMinutes { get; set; } = 15;
    public int RefreshTokenDays { get; set; } = 14;
}
