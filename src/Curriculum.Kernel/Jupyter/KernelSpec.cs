using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Curriculum.Kernel.Jupyter;

/// <summary>
/// The kernelspec that makes Jupyter front ends (VS Code's Jupyter extension, JupyterLab, Notebook, nbconvert) offer
/// this kernel: `kernels/curriculum-csharp/kernel.json` in the user's Jupyter data folder, which they all search.
/// </summary>
public static class KernelSpec
{
    public const string Name = "curriculum-csharp";
    public const string DisplayName = "C# (Curriculum)";
    public const string Language = "C#";

    /// <summary>
    /// The user's Jupyter data folder, as jupyter_core finds it: JUPYTER_DATA_DIR if set; else %APPDATA%\jupyter on
    /// Windows, ~/Library/Jupyter on macOS, $XDG_DATA_HOME/jupyter (default ~/.local/share/jupyter) elsewhere.
    /// </summary>
    public static string DataFolder()
    {
        if (Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR") is { Length: > 0 } set) return set;
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "jupyter");
        if (RuntimeInformation.IsOSPlatform(OSPlatform.OSX)) return Path.Combine(home, "Library", "Jupyter");
        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        return Path.Combine(string.IsNullOrEmpty(xdg) ? Path.Combine(home, ".local", "share") : xdg, "jupyter");
    }

    public static string Folder(string dataFolder) => Path.Combine(dataFolder, "kernels", Name);

    /// <summary>
    /// kernel.json: start `dotnet KERNEL.dll jupyter --connection-file {connection_file}` with the malloc settings the
    /// runner gives its lessons (they must be in the environment when the process starts), interrupts as messages.
    /// </summary>
    public static JsonObject Json(string dotnet, string kernelDll, IReadOnlyDictionary<string, string> environment) => new()
    {
        ["argv"] = new JsonArray(dotnet, kernelDll, "jupyter", "--connection-file", "{connection_file}"),
        ["display_name"] = DisplayName,
        ["language"] = Language,
        ["interrupt_mode"] = "message",
        ["env"] = new JsonObject(environment.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)JsonValue.Create(kv.Value)))),
        ["metadata"] = new JsonObject { ["debugger"] = false },
    };

    /// <summary>Writes (or overwrites) the kernelspec for <paramref name="kernelDll"/>; returns its folder.</summary>
    public static string Install(string kernelDll, string dataFolder, string dotnet, IReadOnlyDictionary<string, string> environment)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kernelDll);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataFolder);
        kernelDll = Path.GetFullPath(kernelDll);
        if (!File.Exists(kernelDll))
            throw new FileNotFoundException($"the kernel {kernelDll} is not built; build it first: dotnet build src/Curriculum.Kernel -c Release", kernelDll);
        var folder = Folder(dataFolder);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "kernel.json"),
            Json(dotnet, kernelDll, environment).ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        return folder;
    }

    /// <summary>Removes the kernelspec; false when there was none.</summary>
    public static bool Uninstall(string dataFolder)
    {
        var folder = Folder(dataFolder);
        if (!Directory.Exists(folder)) return false;
        Directory.Delete(folder, recursive: true);
        return true;
    }

    /// <summary>
    /// The process-start settings the native layer needs, for kernel.json's env: on Linux x64 the malloc tunables the
    /// runner gives its lessons (glibc reads them only when a process starts; see MallocTuning).
    /// </summary>
    public static IReadOnlyDictionary<string, string> ProcessEnvironment() =>
        Curriculum.Native.SystemLibraries.IsLinuxX64
            ? new Dictionary<string, string> { ["GLIBC_TUNABLES"] = Curriculum.Native.MallocTuning.Tunables }
            : new Dictionary<string, string>();

    /// <summary>The dotnet host running this process (absolute), so the kernel starts even where dotnet is not on PATH.</summary>
    public static string DotnetHost() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path).Equals("dotnet", StringComparison.OrdinalIgnoreCase)
            ? path : "dotnet";
}
