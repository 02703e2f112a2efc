using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Curriculum.Kernel.Runner;

namespace Curriculum.Kernel.Tests.Support;

/// <summary>
/// Drives `Curriculum.Kernel stdio` the way the Polyglot Notebooks extension does: JSON envelopes, one per line, commands
/// in and events out. In `[vscode]` mode the host may send commands to the client; they are answered as handled.
/// </summary>
internal sealed class StdioClient : IDisposable
{
    private readonly Process _process;
    private readonly BlockingCollection<JsonObject> _events = new();
    private readonly List<string> _nonJsonLines = new();
    private int _tokens;

    public StdioClient(string workingDirectory, bool vscode = false)
    {
        var args = new List<string>();
        if (vscode) args.Add("[vscode]");
        args.AddRange(["stdio", "--working-dir", workingDirectory]);
        var start = ChildProcess.StartInfo(args.ToArray());
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        _process = Process.Start(start)!;
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginErrorReadLine();
        new Thread(ReadLoop) { IsBackground = true }.Start();
    }

    /// <summary>Lines on stdout that were not JSON envelopes (must stay empty: stdout belongs to the protocol).</summary>
    public IReadOnlyList<string> NonJsonLines { get { lock (_nonJsonLines) return _nonJsonLines.ToList(); } }

    private void ReadLoop()
    {
        while (_process.StandardOutput.ReadLine() is { } line)
        {
            JsonObject? envelope = null;
            try { envelope = JsonNode.Parse(line) as JsonObject; } catch (System.Text.Json.JsonException) { }
            if (envelope is null) { lock (_nonJsonLines) _nonJsonLines.Add(line); continue; }
            if (envelope["commandType"] is not null) Acknowledge(envelope);
            else _events.Add(envelope);
        }
        _events.CompleteAdding();
    }

    /// <summary>A command the host sent to the client (VS Code's own kernels): report it handled.</summary>
    private void Acknowledge(JsonObject command)
    {
        var reply = new JsonObject
        {
            ["event"] = new JsonObject(),
            ["eventType"] = "CommandSucceeded",
            ["command"] = command.DeepClone(),
            ["routingSlip"] = new JsonArray(),
        };
        Send(reply);
    }

    private void Send(JsonObject envelope)
    {
        lock (_process) { _process.StandardInput.WriteLine(envelope.ToJsonString()); _process.StandardInput.Flush(); }
    }

    /// <summary>Waits for the KernelReady event and returns it.</summary>
    public JsonObject WaitForReady(TimeSpan timeout) =>
        Next(e => (string?)e["eventType"] == "KernelReady", timeout) ?? throw new TimeoutException("no KernelReady event");

    /// <summary>Sends a command and returns every event for it (and its child commands) up to CommandSucceeded/Failed.</summary>
    public List<JsonObject> Send(string commandType, JsonObject command, TimeSpan timeout)
    {
        var token = $"test-{Interlocked.Increment(ref _tokens)}";
        Send(new JsonObject { ["token"] = token, ["commandType"] = commandType, ["command"] = command });
        var events = new List<JsonObject>();
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var e = Next(e => Token(e) is { } t && (t == token || t.StartsWith(token + ".")), deadline - DateTime.UtcNow)
                ?? throw new TimeoutException($"no end of {commandType} {token} within {timeout.TotalSeconds} s; got {string.Join(", ", events.Select(Type))}");
            events.Add(e);
            if (Token(e) == token && Type(e) is "CommandSucceeded" or "CommandFailed") return events;
        }
    }

    public List<JsonObject> Submit(string code, TimeSpan timeout) =>
        Send("SubmitCode", new JsonObject { ["code"] = code, ["targetKernelName"] = "csharp" }, timeout);

    public static string Type(JsonObject e) => (string?)e["eventType"] ?? "";

    private static string? Token(JsonObject e) => (string?)e["command"]?["token"];

    private JsonObject? Next(Func<JsonObject, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (!_events.TryTake(out var e, deadline - DateTime.UtcNow)) return null;
            if (match(e)) return e;
        }
        return null;
    }

    public void Dispose()
    {
        try { _process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
        _process.Dispose();
    }
}
