using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Curriculum.Kernel.Tests.Support;

/// <summary>
/// Headless chromium driven over the Chrome DevTools Protocol (a WebSocket), for pages that must be used, not only
/// loaded: navigate, evaluate JavaScript, collect uncaught script errors, take a screenshot.
/// </summary>
internal sealed class DevToolsPage : IAsyncDisposable
{
    private readonly Process _browser;
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> _pending = new();
    private readonly ConcurrentQueue<string> _exceptions = new();
    private readonly string _profile;
    private int _nextId;

    /// <summary>Uncaught JavaScript exceptions so far (Runtime.exceptionThrown).</summary>
    public IReadOnlyList<string> ScriptErrors => _exceptions.ToList();

    private DevToolsPage(Process browser, string profile)
    {
        _browser = browser;
        _profile = profile;
    }

    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public static async Task<DevToolsPage> LaunchAsync(int width = 1200, int height = 1600)
    {
        var port = FreePort();
        var profile = Directory.CreateTempSubdirectory("curriculum-chromium-").FullName;
        var start = new ProcessStartInfo(Chromium.Path) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", $"--remote-debugging-port={port}", $"--user-data-dir={profile}", $"--window-size={width},{height}", "about:blank" })
            start.ArgumentList.Add(a);
        var browser = Process.Start(start)!;
        browser.ErrorDataReceived += (_, _) => { };
        browser.OutputDataReceived += (_, _) => { };
        browser.BeginErrorReadLine();
        browser.BeginOutputReadLine();
        var page = new DevToolsPage(browser, profile);
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        string? endpoint = null;
        while (endpoint is null)
        {
            try
            {
                var targets = JsonNode.Parse(await http.GetStringAsync($"http://127.0.0.1:{port}/json/list"))!.AsArray();
                endpoint = targets.Select(t => t!.AsObject()).Where(t => (string?)t["type"] == "page").Select(t => (string?)t["webSocketDebuggerUrl"]).FirstOrDefault();
            }
            catch (HttpRequestException) { }
            if (endpoint is null)
            {
                if (DateTime.UtcNow > deadline) throw new TimeoutException($"chromium opened no DevTools page on port {port} in 30 s");
                await Task.Delay(200);
            }
        }
        await page._socket.ConnectAsync(new Uri(endpoint), CancellationToken.None);
        _ = Task.Run(page.ReceiveLoopAsync);
        await page.SendAsync("Runtime.enable");
        await page.SendAsync("Page.enable");
        await page.SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = false });
        return page;
    }

    public async Task<JsonObject> SendAsync(string method, JsonObject? parameters = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var reply = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
        var result = await reply.Task.WaitAsync(TimeSpan.FromSeconds(60));
        if (result["error"] is { } error) throw new InvalidOperationException($"DevTools {method} failed: {error.ToJsonString()}");
        return result["result"]?.AsObject() ?? new JsonObject();
    }

    /// <summary>The value of a JavaScript expression (promises awaited).</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true });
        if (result["exceptionDetails"] is { } details) throw new InvalidOperationException($"script failed: {details.ToJsonString()}");
        return result["result"]?["value"]?.DeepClone();
    }

    /// <summary>Polls <paramref name="condition"/> (a JavaScript boolean expression) until it holds.</summary>
    public async Task WaitUntilAsync(string condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try { if ((bool?)await EvaluateAsync($"!!({condition})") == true) return; }
            catch (InvalidOperationException) { } // the page is still loading
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{what}: not reached in {timeout.TotalSeconds:F0} s");
            await Task.Delay(500);
        }
    }

    public Task NavigateAsync(string url) => SendAsync("Page.navigate", new JsonObject { ["url"] = url });

    public async Task ScreenshotAsync(string path)
    {
        var shot = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png" });
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String((string)shot["data"]!));
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[1 << 16];
        var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var part = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                if (part.MessageType == WebSocketMessageType.Close) break;
                message.Write(buffer, 0, part.Count);
                if (!part.EndOfMessage) continue;
                var json = JsonNode.Parse(message.ToArray())!.AsObject();
                message.SetLength(0);
                if (json["id"] is { } id && _pending.TryRemove((int)id, out var reply)) reply.TrySetResult(json);
                else if ((string?)json["method"] == "Runtime.exceptionThrown")
                    _exceptions.Enqueue((string?)json["params"]?["exceptionDetails"]?["exception"]?["description"]
                                        ?? (string?)json["params"]?["exceptionDetails"]?["text"] ?? json.ToJsonString());
            }
        }
        catch (WebSocketException) { }
        catch (ObjectDisposedException) { }
    }

    public async ValueTask DisposeAsync()
    {
        try { await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", new CancellationTokenSource(2000).Token); }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException) { }
        _socket.Dispose();
        if (!_browser.HasExited) _browser.Kill(entireProcessTree: true);
        _browser.WaitForExit(5000);
        _browser.Dispose();
        try { Directory.Delete(_profile, recursive: true); } catch (IOException) { }
    }
}
