using System.Diagnostics;
using System.Text.RegularExpressions;
using Curriculum.Kernel.Native;
using Curriculum.Kernel.Runner;
using Curriculum.Kernel.Tests.Support;

namespace Curriculum.Kernel.Tests.Native;

public sealed partial class MallocTuningTests
{
    [GeneratedRegex(@"""GLIBC_TUNABLES""\s*:\s*""(?<value>[^""]*)""")]
    private static partial Regex TunablesSetting();

    [Fact]
    public void The_dev_container_sets_the_same_tunables_as_the_kernel()
    {
        var match = TunablesSetting().Match(File.ReadAllText(Path.Combine(Repo.Root, ".devcontainer", "devcontainer.json")));

        Assert.True(match.Success, "devcontainer.json has no GLIBC_TUNABLES in containerEnv");
        Assert.Equal(MallocTuning.Tunables, match.Groups["value"].Value);
    }

    [Theory]
    [InlineData(null, MallocTuning.Tunables)]
    [InlineData("", MallocTuning.Tunables)]
    [InlineData("glibc.pthread.rseq=0", "glibc.pthread.rseq=0:" + MallocTuning.Tunables)]
    [InlineData("glibc.pthread.rseq=0:" + MallocTuning.Tunables, "glibc.pthread.rseq=0:" + MallocTuning.Tunables)]
    public void Adds_the_tunables_to_an_existing_setting_once(string? existing, string expected) =>
        Assert.Equal(expected, MallocTuning.WithTunables(existing));

    [Fact]
    public void Glibc_accepts_the_tunables_with_the_intended_values()
    {
        // glibc silently ignores a misspelt or out-of-range tunable, so ask its dynamic loader what it actually set.
        const string loader = "/lib64/ld-linux-x86-64.so.2";
        if (!TorchSharpNative.IsLinuxX64 || !File.Exists(loader)) return;
        var start = new ProcessStartInfo(loader, "--list-tunables") { RedirectStandardOutput = true, UseShellExecute = false };
        start.Environment["GLIBC_TUNABLES"] = MallocTuning.Tunables;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.Contains("glibc.malloc.arena_max: 0x1 ", output);
        Assert.Contains("glibc.malloc.mmap_threshold: 0x8000000 ", output);   // 128 MB
        Assert.Contains("glibc.malloc.trim_threshold: 0x40000000 ", output);  // 1 GB
        Assert.True(0x8000000 > MallocTuning.MmapThresholdBytes, "the tunable should go beyond mallopt's 32 MB limit");
    }

    [Fact]
    public void Runner_children_start_with_the_tunables()
    {
        var start = ChildProcess.StartInfo("execute", "x.ipynb");

        if (TorchSharpNative.IsLinuxX64)
            Assert.Contains(MallocTuning.Tunables, start.Environment["GLIBC_TUNABLES"]);
        else
            Assert.False(start.Environment.ContainsKey("GLIBC_TUNABLES") && start.Environment["GLIBC_TUNABLES"]!.Contains(MallocTuning.Tunables));
    }

    [Fact]
    public void Raises_the_thresholds_in_this_process()
    {
        if (!TorchSharpNative.IsLinuxX64 || Environment.GetEnvironmentVariable(MallocTuning.KeepVariable) == "1") return;

        var report = MallocTuning.Apply();

        Assert.DoesNotContain("WARNING", report);
        Assert.Contains(MallocTuning.StartedWithTunables ? "from process start" : "up to 32 MB", report);
    }
}
