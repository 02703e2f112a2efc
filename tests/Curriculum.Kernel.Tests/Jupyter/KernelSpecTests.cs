using System.Text.Json.Nodes;
using Curriculum.Kernel.Jupyter;

namespace Curriculum.Kernel.Tests.Jupyter;

public sealed class KernelSpecTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("curriculum-jupyter-data-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private static readonly Dictionary<string, string> Env = new() { ["GLIBC_TUNABLES"] = "glibc.malloc.arena_max=1" };

    [Fact]
    public void Install_writes_a_kernelspec_that_starts_this_kernel_and_is_harmless_twice()
    {
        var dll = typeof(KernelSpec).Assembly.Location;
        var folder = KernelSpec.Install(dll, _data, "/usr/bin/dotnet", Env);
        Assert.Equal(Path.Combine(_data, "kernels", "curriculum-csharp"), folder);
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "kernel.json")))!;
        Assert.Equal(["/usr/bin/dotnet", dll, "jupyter", "--connection-file", "{connection_file}"], json["argv"]!.AsArray().Select(a => (string)a!));
        Assert.Equal("C# (Curriculum)", (string?)json["display_name"]);
        Assert.Equal("C#", (string?)json["language"]);
        Assert.Equal("message", (string?)json["interrupt_mode"]);
        Assert.Equal("glibc.malloc.arena_max=1", (string?)json["env"]!["GLIBC_TUNABLES"]);

        KernelSpec.Install(dll, _data, "/usr/bin/dotnet", Env);
        Assert.Single(Directory.GetDirectories(Path.Combine(_data, "kernels")));
        Assert.True(KernelSpec.Uninstall(_data));
        Assert.False(Directory.Exists(folder));
        Assert.False(KernelSpec.Uninstall(_data));
    }

    [Fact]
    public void A_missing_build_is_named_with_the_command_that_makes_it()
    {
        var missing = Path.Combine(_data, "nowhere", "Curriculum.Kernel.dll");
        var e = Assert.Throws<FileNotFoundException>(() => KernelSpec.Install(missing, _data, "dotnet", Env));
        Assert.Contains(missing, e.Message);
        Assert.Contains("dotnet build src/Curriculum.Kernel", e.Message);
        Assert.False(Directory.Exists(Path.Combine(_data, "kernels")));
    }

    [Fact]
    public void The_data_folder_follows_jupyter_core()
    {
        var saved = Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR");
        try
        {
            Environment.SetEnvironmentVariable("JUPYTER_DATA_DIR", _data);
            Assert.Equal(_data, KernelSpec.DataFolder());
            Environment.SetEnvironmentVariable("JUPYTER_DATA_DIR", null);
            if (OperatingSystem.IsLinux() && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("XDG_DATA_HOME")))
                Assert.Equal(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share", "jupyter"), KernelSpec.DataFolder());
            else Assert.EndsWith("jupyter", KernelSpec.DataFolder(), StringComparison.OrdinalIgnoreCase);
        }
        finally { Environment.SetEnvironmentVariable("JUPYTER_DATA_DIR", saved); }
    }
}
