using Curriculum.Kernel.Jupyter;

namespace Curriculum.Kernel.Tests.Jupyter;

public sealed class ConnectionFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("curriculum-connection-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string json)
    {
        var path = Path.Combine(_folder, $"kernel-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void Reads_a_connection_file_as_jupyter_client_writes_it()
    {
        // The fields and spelling of jupyter_client's write_connection_file.
        var file = ConnectionFile.Load(Write("""
            {"shell_port": 50001, "iopub_port": 50002, "stdin_port": 50003, "control_port": 50004, "hb_port": 50005,
             "ip": "127.0.0.1", "key": "a0436f6c-1916-498b-8eb9-e81ab9368e84", "transport": "tcp",
             "signature_scheme": "hmac-sha256", "kernel_name": "curriculum-csharp"}
            """));
        Assert.Equal("tcp://127.0.0.1:50001", file.Endpoint(file.ShellPort));
        Assert.Equal("tcp://127.0.0.1:50005", file.Endpoint(file.HeartbeatPort));
        Assert.Equal("a0436f6c-1916-498b-8eb9-e81ab9368e84", file.Key);
        Assert.Equal("ipc://kernel-ipc-50001", (file with { Transport = "ipc", Ip = "kernel-ipc" }).Endpoint(50001));
    }

    [Fact]
    public void A_missing_or_broken_file_is_named_with_what_is_wrong()
    {
        var missing = Path.Combine(_folder, "absent.json");
        Assert.Contains(missing, Assert.Throws<FileNotFoundException>(() => ConnectionFile.Load(missing)).Message);
        var broken = Write("{\"shell_port\": ");
        Assert.Contains(broken, Assert.Throws<InvalidDataException>(() => ConnectionFile.Load(broken)).Message);
        var noPort = Write("""{"shell_port": 1, "iopub_port": 2, "stdin_port": 3, "control_port": 4, "key": ""}""");
        Assert.Contains("hb_port is 0", Assert.Throws<InvalidDataException>(() => ConnectionFile.Load(noPort)).Message);
        var udp = Write("""{"transport": "udp", "shell_port": 1, "iopub_port": 2, "stdin_port": 3, "control_port": 4, "hb_port": 5}""");
        Assert.Contains("transport \"udp\"", Assert.Throws<InvalidDataException>(() => ConnectionFile.Load(udp)).Message);
        var md5 = Write("""{"signature_scheme": "hmac-md5", "key": "k", "shell_port": 1, "iopub_port": 2, "stdin_port": 3, "control_port": 4, "hb_port": 5}""");
        Assert.Contains("hmac-md5", Assert.Throws<InvalidDataException>(() => ConnectionFile.Load(md5)).Message);
    }
}
