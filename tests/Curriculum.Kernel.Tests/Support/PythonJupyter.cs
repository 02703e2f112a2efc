using System.Diagnostics;

namespace Curriculum.Kernel.Tests.Support;

/// <summary>
/// Debian's Jupyter tools (python3-jupyter-client, python3-nbclient, jupyter-nbconvert, jupyter-notebook), which
/// .ci/run installs. Tests that need them are skipped, with this reason, on a machine without them.
/// </summary>
internal static class PythonJupyter
{
    /// <summary>Debian's interpreter: a `python3` on PATH may be another one without the Debian packages.</summary>
    public const string Python = "/usr/bin/python3";

    public static string? Missing(params string[] modules)
    {
        if (!File.Exists(Python)) return $"needs {Python} with {string.Join(", ", modules)} (Debian: python3-jupyter-client, python3-nbclient, jupyter-nbconvert, jupyter-notebook; .ci/run installs them)";
        var (code, _, error) = Run(Python, ["-c", string.Join("; ", modules.Select(m => $"import {m}"))], TimeSpan.FromSeconds(30));
        return code == 0 ? null : $"needs the Python modules {string.Join(", ", modules)} in {Python} ({error.Trim().Split('\n')[^1]}); Debian: python3-jupyter-client, python3-nbclient, jupyter-nbconvert, jupyter-notebook (.ci/run installs them)";
    }

    /// <summary>Installs this build's kernelspec into <paramref name="dataFolder"/> (put it on JUPYTER_PATH for the client).</summary>
    public static void InstallKernelSpec(string dataFolder) =>
        Curriculum.Kernel.Jupyter.KernelSpec.Install(typeof(Curriculum.Kernel.Runner.ChildProcess).Assembly.Location, dataFolder,
            Curriculum.Kernel.Jupyter.KernelSpec.DotnetHost(), Curriculum.Kernel.Jupyter.KernelSpec.ProcessEnvironment());

    public static (int Code, string Output, string Error) Run(string program, IEnumerable<string> args, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        if (workingDirectory is not null) start.WorkingDirectory = workingDirectory;
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) start.Environment[k] = v;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(" ", args)} did not finish in {timeout.TotalSeconds:F0} s; stderr: {error.Result}");
        }
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }
}

/// <summary>A fact that needs Debian's jupyter_client (and the rest of its Jupyter tools).</summary>
public sealed class JupyterClientFactAttribute : FactAttribute
{
    public JupyterClientFactAttribute()
    {
        if (PythonJupyter.Missing("jupyter_client") is { } reason) Skip = reason;
    }
}

/// <summary>A fact that needs Debian's nbconvert and nbclient.</summary>
public sealed class NbconvertFactAttribute : FactAttribute
{
    public NbconvertFactAttribute()
    {
        if (PythonJupyter.Missing("jupyter_client", "nbclient", "nbconvert") is { } reason) Skip = reason;
    }
}

/// <summary>A fact that needs Debian's Jupyter Notebook server (and chromium, which .ci/run installs with it).</summary>
public sealed class JupyterNotebookFactAttribute : FactAttribute
{
    public JupyterNotebookFactAttribute()
    {
        if (PythonJupyter.Missing("jupyter_client", "notebook") is { } reason) Skip = reason;
    }
}
