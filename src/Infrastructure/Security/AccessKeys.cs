using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using OneStop.Application.Common.Interfaces;
using OneStop.Infrastructure.Identity;

namespace OneStop.Infrastructure.Security;

/// <summary>
/// Access keys as HMAC-SHA256 of purpose and record id under a server secret, 80 bits written in Crockford's
/// base 32 (no I, L, O, U: nothing to misread from paper). The secret is <c>AccessKeys:Secret</c>, or else one
/// derived from the JWT signing key, so a deployment needs no new setting; changing it voids every key issued.
/// </summary>
public sealed class AccessKeys : IAccessKeys
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int KeyBytes = 10;
    private readonly byte[] _secret;

    public AccessKeys(IConfiguration configuration, IOptions<JwtOptions> jwt)
    {
        var configured = configuration["AccessKeys:Secret"];
        var material = Encoding.UTF8.GetBytes(string.IsNullOrEmpty(configured) ? jwt.Value.SigningKey : configured);
        _secret = HKDF.DeriveKey(HashAlgorithmName.SHA256, material, 32, info: Encoding.UTF8.GetBytes("onestop-access-keys"));
    }

    public string Issue(string purpose, Guid recordId)
    {
        var text = Encode(Mac(purpose, recordId));
        return string.Join('-', text.Chunk(4).Select(chunk => new string(chunk)));
    }

    public bool Verify(string purpose, Guid recordId, string? key)
    {
        if (key is null || Decode(key) is not { } given)
        {
            return false;
        }
        return CryptographicOperations.FixedTimeEquals(given, Mac(purpose, recordId));
    }

    private byte[] Mac(string purpose, Guid recordId) =>
        HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes($"{purpose}:{recordId:N}"))[..KeyBytes];

    private static string Encode(byte[] bytes)
    {
        var bits = new StringBuilder();
        foreach (var b in bytes)
        {
            bits.Append(Convert.ToString(b, 2).PadLeft(8, '0'));
        }
        return string.Concat(Enumerable.Range(0, bits.Length / 5).Select(i => Alphabet[Convert.ToInt32(bits.ToString(i * 5, 5), 2)]));
    }

    /// <summary>The bytes of a key as typed: case, spaces and dashes ignored; null when it cannot be one.</summary>
    private static byte[]? Decode(string key)
    {
        var symbols = key.Where(c => c is not ('-' or ' ')).Select(char.ToUpperInvariant).ToArray();
        if (symbols.Length != KeyBytes * 8 / 5 || symbols.Any(c => !Alphabet.Contains(c)))
        {
            return null;
        }
        var bits = string.Concat(symbols.Select(c => Convert.ToString(Alphabet.IndexOf(c), 2).PadLeft(5, '0')));
        return Enumerable.Range(0, KeyBytes).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2)).ToArray();
    }
}
