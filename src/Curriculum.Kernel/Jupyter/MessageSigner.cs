using System.Security.Cryptography;

namespace Curriculum.Kernel.Jupyter;

/// <summary>
/// Signs and checks Jupyter messages: the signature is the lower-case hex HMAC-SHA256, under the connection file's key,
/// of the header, parent header, metadata and content frames exactly as sent. An empty key means no signing (the
/// signature frame is empty), as the protocol allows.
/// </summary>
public sealed class MessageSigner(string key)
{
    private readonly byte[] _key = System.Text.Encoding.UTF8.GetBytes(key ?? throw new ArgumentNullException(nameof(key)));

    public bool Enabled => _key.Length > 0;

    public string Sign(IReadOnlyList<byte[]> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count != 4) throw new ArgumentException($"expected the 4 signed frames (header, parent header, metadata, content), got {parts.Count}", nameof(parts));
        if (!Enabled) return "";
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
        foreach (var part in parts) hmac.AppendData(part);
        return Convert.ToHexStringLower(hmac.GetHashAndReset());
    }

    /// <summary>True when <paramref name="signature"/> matches (compared in constant time); always true without a key.</summary>
    public bool Verify(string signature, IReadOnlyList<byte[]> parts)
    {
        ArgumentNullException.ThrowIfNull(signature);
        if (!Enabled) return true;
        var expected = System.Text.Encoding.ASCII.GetBytes(Sign(parts));
        var actual = System.Text.Encoding.ASCII.GetBytes(signature.ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }
}
