using System.Security.Cryptography;

namespace PolicyExtract.Readers;

/// <summary>Helpers shared by readers.</summary>
public static class SourceFiles
{
    public static string Sha256Hex(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes, hash);
        return Convert.ToHexStringLower(hash);
    }
}
