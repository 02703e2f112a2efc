using System.Diagnostics;

namespace Curriculum.Kernel.Tests.Support;

/// <summary>Debian's chromium, headless, as the site's real-browser check (installed by .ci/run).</summary>
internal static class Chromium
{
    public static string Path { get; } = new[] { "chromium", "chromium-browser", "google-chrome" }
        .Select(Which).FirstOrDefault(p => p is not null)
        ?? throw new InvalidOperationException("No chromium found. Install it with `apt-get install -y chromium` (.ci/run does this).");

    /// <summary>The page's DOM after its scripts ran, and the browser's console log lines.</summary>
    public static (string Dom, string[] Console) DumpDom(string file) =>
        Run(file, "--dump-dom", "--enable-logging=stderr", "--v=0");

    public static void Screenshot(string file, string png, int width = 1200, int height = 1800) =>
        Run(file, $"--screenshot={png}", $"--window-size={width},{height}", "--hide-scrollbars");

    private static (string, string[]) Run(string file, params string[] extra)
    {
        var start = new ProcessStartInfo(Path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // Virtual time lets timers and chart drawing finish before the DOM is dumped, without waiting in real time.
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=15000" }.Concat(extra))
            start.ArgumentList.Add(a);
        start.ArgumentList.Add(new Uri(file).AbsoluteUri);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90))) { process.Kill(true); throw new TimeoutException($"chromium did not finish {file} in 90 s"); }
        var console = stderr.Result.Split('\n').Where(l => l.Contains(":CONSOLE")).ToArray();
        return (stdout.Result, console);
    }

    private static string? Which(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
            .Select(dir => System.IO.Path.Combine(dir, name)).FirstOrDefault(File.Exists);
}
