using System.Text.Json;
using System.Text.Json.Serialization;

namespace Curriculum.Kernel.Jupyter;

/// <summary>
/// The connection file a Jupyter client writes before it starts a kernel: where to bind the five sockets and the key
/// that signs every message (Jupyter documentation, "Connection files").
/// </summary>
public sealed record ConnectionFile
{
    [JsonPropertyName("transport")] public string Transport { get; init; } = "tcp";
    [JsonPropertyName("ip")] public string Ip { get; init; } = "127.0.0.1";
    [JsonPropertyName("shell_port")] public int ShellPort { get; init; }
    [JsonPropertyName("control_port")] public int ControlPort { get; init; }
    [JsonPropertyName("stdin_port")] public int StdinPort { get; init; }
    [JsonPropertyName("iopub_port")] public int IopubPort { get; init; }
    [JsonPropertyName("hb_port")] public int HeartbeatPort { get; init; }
    [JsonPropertyName("key")] public string Key { get; init; } = "";
    [JsonPropertyName("signature_scheme")] public string SignatureScheme { get; init; } = "hmac-sha256";

    /// <summary>The ZeroMQ endpoint of one port, e.g. "tcp://127.0.0.1:5555" (ipc uses "ipc://ip-port").</summary>
    public string Endpoint(int port) => Transport == "ipc" ? $"ipc://{Ip}-{port}" : $"{Transport}://{Ip}:{port}";

    /// <summary>Reads and checks a connection file; every problem names the file and the field.</summary>
    public static ConnectionFile Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
            throw new FileNotFoundException($"connection file {path} does not exist (a Jupyter client writes it and passes it with --connection-file)", path);
        ConnectionFile? file;
        try { file = JsonSerializer.Deserialize<ConnectionFile>(File.ReadAllText(path)); }
        catch (JsonException e) { throw new InvalidDataException($"connection file {path} is not valid JSON: {e.Message}", e); }
        if (file is null) throw new InvalidDataException($"connection file {path} is empty");
        if (file.Transport is not ("tcp" or "ipc"))
            throw new InvalidDataException($"connection file {path}: transport \"{file.Transport}\" is not supported (expected tcp or ipc)");
        if (file.SignatureScheme != "hmac-sha256" && file.Key.Length > 0)
            throw new InvalidDataException($"connection file {path}: signature_scheme \"{file.SignatureScheme}\" is not supported (expected hmac-sha256)");
        foreach (var (name, port) in new[] { ("shell_port", file.ShellPort), ("control_port", file.ControlPort), ("stdin_port", file.StdinPort), ("iopub_port", file.IopubPort), ("hb_port", file.HeartbeatPort) })
            if (port is <= 0 or > 65535) throw new InvalidDataException($"connection file {path}: {name} is {port}, expected a port number 1-65535");
        return file;
    }
}
