using System.Reflection;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Curriculum.Kernel.Hosting;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;

namespace Curriculum.Kernel.Jupyter;

/// <summary>
/// A Jupyter kernel (messaging protocol 5.3) around the same C# kernel the runner uses (<see cref="KernelFactory"/>):
/// what the VS Code Jupyter extension, JupyterLab, Notebook and nbconvert start from the kernelspec. Shell requests run
/// one at a time, in order; control requests (interrupt, shutdown) have their own queue, so they are answered while a
/// cell runs. Every request is wrapped in IOPub status busy … idle, as clients expect.
/// </summary>
public sealed class JupyterKernelHost : IDisposable
{
    private readonly CompositeKernel _kernel;
    private readonly JupyterSockets _sockets;
    private readonly MessageSigner _signer;
    private readonly TextWriter _log;
    private readonly string _session = Guid.NewGuid().ToString();
    private readonly Channel<JupyterMessage> _shell = Channel.CreateUnbounded<JupyterMessage>(new() { SingleReader = true });
    private readonly Channel<JupyterMessage> _control = Channel.CreateUnbounded<JupyterMessage>(new() { SingleReader = true });
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _executionCount;

    public JupyterKernelHost(ConnectionFile connection, CompositeKernel kernel, TextWriter log)
    {
        _kernel = kernel ?? throw new ArgumentNullException(nameof(kernel));
        _log = log ?? throw new ArgumentNullException(nameof(log));
        _signer = new MessageSigner(connection.Key);
        _sockets = new JupyterSockets(connection);
        _sockets.Received += OnReceived;
    }

    /// <summary>Serves until a shutdown request; returns the process exit code.</summary>
    public async Task<int> RunAsync()
    {
        _sockets.Start();
        Publish(null, "status", new JsonObject { ["execution_state"] = "starting" });
        var shell = Task.Run(() => ServeAsync(_shell.Reader, JupyterSockets.Channel.Shell));
        var control = Task.Run(() => ServeAsync(_control.Reader, JupyterSockets.Channel.Control));
        await _stopped.Task;
        await _sockets.FlushAsync().WaitAsync(TimeSpan.FromSeconds(5));
        return 0;
    }

    private void OnReceived(JupyterSockets.Channel channel, List<byte[]> frames)
    {
        JupyterMessage message;
        try { message = JupyterMessage.Parse(frames, _signer); }
        catch (InvalidDataException e)
        {
            _log.WriteLine($"Jupyter kernel: dropped a message on {channel}: {e.Message}");
            return;
        }
        if (channel == JupyterSockets.Channel.Control) _control.Writer.TryWrite(message);
        else if (channel == JupyterSockets.Channel.Shell) _shell.Writer.TryWrite(message);
        // stdin carries only input_reply, and this kernel never asks for input.
    }

    private async Task ServeAsync(ChannelReader<JupyterMessage> requests, JupyterSockets.Channel channel)
    {
        await foreach (var request in requests.ReadAllAsync())
        {
            Publish(request, "status", new JsonObject { ["execution_state"] = "busy" });
            try { await HandleAsync(request, channel); }
            catch (Exception e) { _log.WriteLine($"Jupyter kernel: {request.Type} failed: {e}"); }
            Publish(request, "status", new JsonObject { ["execution_state"] = "idle" });
        }
    }

    private async Task HandleAsync(JupyterMessage request, JupyterSockets.Channel channel)
    {
        var content = request.Content;
        switch (request.Type)
        {
            case "kernel_info_request":
                Reply(request, channel, "kernel_info_reply", KernelInfo());
                break;
            case "execute_request":
                await ExecuteAsync(request, channel);
                break;
            case "complete_request":
                Reply(request, channel, "complete_reply", await LanguageRequests.CompleteAsync(_kernel, Text(content, "code"), Number(content, "cursor_pos")));
                break;
            case "inspect_request":
                Reply(request, channel, "inspect_reply", await LanguageRequests.InspectAsync(_kernel, Text(content, "code"), Number(content, "cursor_pos")));
                break;
            case "is_complete_request":
                Reply(request, channel, "is_complete_reply", LanguageRequests.IsComplete(Text(content, "code")));
                break;
            case "comm_info_request":
                Reply(request, channel, "comm_info_reply", new JsonObject { ["status"] = "ok", ["comms"] = new JsonObject() });
                break;
            case "history_request":
                Reply(request, channel, "history_reply", new JsonObject { ["status"] = "ok", ["history"] = new JsonArray() });
                break;
            case "interrupt_request":
                // Cancels the running submission; the lessons' progress loops stop at their next update (see Progress).
                await _kernel.SendAsync(new Cancel());
                Reply(request, channel, "interrupt_reply", new JsonObject { ["status"] = "ok" });
                break;
            case "shutdown_request":
                var restart = content["restart"]?.GetValue<bool>() ?? false;
                Reply(request, channel, "shutdown_reply", new JsonObject { ["status"] = "ok", ["restart"] = restart });
                // The client starts a new process for a restart; this one ends either way.
                _stopped.TrySetResult();
                break;
            default:
                _log.WriteLine($"Jupyter kernel: ignored a {request.Type} on {channel}");
                break;
        }
    }

    private async Task ExecuteAsync(JupyterMessage request, JupyterSockets.Channel channel)
    {
        var code = Text(request.Content, "code");
        var silent = request.Content["silent"]?.GetValue<bool>() ?? false;
        var storeHistory = request.Content["store_history"]?.GetValue<bool>() ?? !silent;
        if (storeHistory && !silent) _executionCount++;
        var count = _executionCount;
        if (!silent) Publish(request, "execute_input", new JsonObject { ["code"] = code, ["execution_count"] = count });

        var outputs = new IopubOutputs(count);
        using (_kernel.KernelEvents.Subscribe(new ActionObserver<KernelEvent>(e =>
               {
                   if (!silent && outputs.Translate(e) is { } message) Publish(request, message.Type, message.Content);
               })))
        {
            var result = await _kernel.SendAsync(new SubmitCode(code));
            // A failure the event stream did not show (rare) still reaches the client.
            if (result.Events.OfType<CommandFailed>().FirstOrDefault() is { } failed && outputs.Error is null
                && outputs.Translate(failed) is { } shown && !silent)
                Publish(request, shown.Type, shown.Content);
        }

        var reply = outputs.Error is { } error
            ? new JsonObject { ["status"] = "error", ["execution_count"] = count, ["ename"] = error["ename"]!.DeepClone(), ["evalue"] = error["evalue"]!.DeepClone(), ["traceback"] = error["traceback"]!.DeepClone() }
            : new JsonObject { ["status"] = "ok", ["execution_count"] = count, ["user_expressions"] = new JsonObject(), ["payload"] = new JsonArray() };
        Reply(request, channel, "execute_reply", reply);
        if (outputs.Error is not null && (request.Content["stop_on_error"]?.GetValue<bool>() ?? true)) await AbortQueuedAsync();
    }

    /// <summary>
    /// After a failed cell, the cells already queued behind it (Run All) are not run: each gets an "aborted" reply, as
    /// ipykernel does, so a lesson stops at its first error instead of failing on in its wake. Other requests still run.
    /// </summary>
    private async Task AbortQueuedAsync()
    {
        const JupyterSockets.Channel channel = JupyterSockets.Channel.Shell;
        var queued = new List<JupyterMessage>();
        while (_shell.Reader.TryRead(out var next)) queued.Add(next);
        foreach (var next in queued)
        {
            Publish(next, "status", new JsonObject { ["execution_state"] = "busy" });
            if (next.Type == "execute_request") Reply(next, channel, "execute_reply", new JsonObject { ["status"] = "aborted", ["execution_count"] = _executionCount });
            else await HandleAsync(next, channel);
            Publish(next, "status", new JsonObject { ["execution_state"] = "idle" });
        }
    }

    private static JsonObject KernelInfo() => new()
    {
        ["status"] = "ok",
        ["protocol_version"] = JupyterMessage.ProtocolVersion,
        ["implementation"] = "curriculum-csharp",
        ["implementation_version"] = typeof(JupyterKernelHost).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "1.0",
        ["language_info"] = new JsonObject
        {
            ["name"] = "C#",
            ["version"] = Environment.Version.ToString(),
            ["mimetype"] = "text/x-csharp",
            ["file_extension"] = ".cs",
            ["pygments_lexer"] = "csharp",
            ["codemirror_mode"] = "text/x-csharp",
        },
        ["banner"] = $"C# (Curriculum): .NET {Environment.Version} with the lessons' packages, charts and TorchSharp set-up",
        ["help_links"] = new JsonArray(),
    };

    private void Reply(JupyterMessage request, JupyterSockets.Channel channel, string type, JsonObject content) =>
        _sockets.Send(channel, JupyterMessage.Create(type, content, _session, request, request.Identities).ToFrames(_signer));

    private void Publish(JupyterMessage? parent, string type, JsonObject content) =>
        _sockets.Send(JupyterSockets.Channel.Iopub,
            JupyterMessage.Create(type, content, _session, parent, [System.Text.Encoding.UTF8.GetBytes($"kernel.{_session}.{type}")]).ToFrames(_signer));

    private static string Text(JsonObject content, string name) =>
        content[name]?.GetValue<string>() ?? throw new InvalidDataException($"request has no \"{name}\"");

    private static int Number(JsonObject content, string name) =>
        content[name]?.GetValue<int>() ?? throw new InvalidDataException($"request has no \"{name}\"");

    public void Dispose() => _sockets.Dispose();
}
