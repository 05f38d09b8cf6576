using System.Security.Cryptography;
using System.Text;

namespace Waypoint.Web.Auth;

/// <summary>Makes and hashes personal API tokens (REC-07). Tokens carry 256 random bits, so a plain SHA-256 is enough.</summary>
public static class ApiTokens
{
    public const string Scheme = "Bearer";
    public const string Marker = "wpt_";
    public const int MaxLifetimeDays = 365;

    public static string Create() => Marker + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .Replace('+', '-').Replace('/', '_').TrimEnd('=');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static string Prefix(string token) => token[..Math.Min(12, token.Length)];
}
