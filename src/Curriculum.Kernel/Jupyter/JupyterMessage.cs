using System.Text;
using System.Text.Json.Nodes;

namespace Curriculum.Kernel.Jupyter;

/// <summary>
/// One message of the Jupyter messaging protocol (version 5.3) and its wire form: routing identities, the
/// <c>&lt;IDS|MSG&gt;</c> delimiter, the HMAC signature, then header, parent header, metadata and content as JSON, then
/// optional binary buffers.
/// </summary>
public sealed record JupyterMessage(
    IReadOnlyList<byte[]> Identities,
    JsonObject Header,
    JsonObject ParentHeader,
    JsonObject Metadata,
    JsonObject Content,
    IReadOnlyList<byte[]> Buffers)
{
    public const string ProtocolVersion = "5.3";
    private static readonly byte[] Delimiter = "<IDS|MSG>"u8.ToArray();

    public string Type => (string?)Header["msg_type"] ?? "";
    public string Id => (string?)Header["msg_id"] ?? "";

    /// <summary>A new message; <paramref name="parent"/> (the request it answers) gives its parent header.</summary>
    public static JupyterMessage Create(string type, JsonObject content, string session, JupyterMessage? parent, IReadOnlyList<byte[]> identities) =>
        new(identities,
            new JsonObject
            {
                ["msg_id"] = Guid.NewGuid().ToString(),
                ["session"] = session,
                ["username"] = "kernel",
                ["date"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ"),
                ["msg_type"] = type,
                ["version"] = ProtocolVersion,
            },
            parent is null ? new JsonObject() : (JsonObject)parent.Header.DeepClone(),
            new JsonObject(),
            content,
            []);

    /// <summary>The frames to send, signed with <paramref name="signer"/>.</summary>
    public List<byte[]> ToFrames(MessageSigner signer)
    {
        ArgumentNullException.ThrowIfNull(signer);
        byte[][] signed = [Json(Header), Json(ParentHeader), Json(Metadata), Json(Content)];
        var frames = new List<byte[]>(Identities) { Delimiter, Encoding.ASCII.GetBytes(signer.Sign(signed)) };
        frames.AddRange(signed);
        frames.AddRange(Buffers);
        return frames;
    }

    /// <summary>Reads received frames; throws <see cref="InvalidDataException"/> for a malformed or wrongly signed message.</summary>
    public static JupyterMessage Parse(IReadOnlyList<byte[]> frames, MessageSigner signer)
    {
        ArgumentNullException.ThrowIfNull(frames);
        ArgumentNullException.ThrowIfNull(signer);
        var delimiter = -1;
        for (var i = 0; i < frames.Count && delimiter < 0; i++)
            if (frames[i].AsSpan().SequenceEqual(Delimiter)) delimiter = i;
        if (delimiter < 0) throw new InvalidDataException("message has no <IDS|MSG> delimiter frame");
        if (frames.Count < delimiter + 6) throw new InvalidDataException($"message has {frames.Count - delimiter - 1} frames after the delimiter, expected at least 5 (signature, header, parent header, metadata, content)");
        var signed = frames.Skip(delimiter + 2).Take(4).ToArray();
        if (!signer.Verify(Encoding.ASCII.GetString(frames[delimiter + 1]), signed))
            throw new InvalidDataException("message signature does not match (is the key in the connection file the client's?)");
        return new JupyterMessage(frames.Take(delimiter).ToArray(), Object(signed[0], "header"), Object(signed[1], "parent header"),
            Object(signed[2], "metadata"), Object(signed[3], "content"), frames.Skip(delimiter + 6).ToArray());
    }

    // Relaxed escaping: HTML outputs (charts) stay readable and small; the result is still valid JSON.
    private static readonly System.Text.Json.JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static byte[] Json(JsonObject o) => Encoding.UTF8.GetBytes(o.ToJsonString(Relaxed));

    private static JsonObject Object(byte[] frame, string what)
    {
        try { return JsonNode.Parse(frame) as JsonObject ?? throw new InvalidDataException($"message {what} is not a JSON object"); }
        catch (System.Text.Json.JsonException e) { throw new InvalidDataException($"message {what} is not valid JSON: {e.Message}", e); }
    }
}
