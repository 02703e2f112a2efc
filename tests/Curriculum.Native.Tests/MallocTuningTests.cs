using System.Diagnostics;

namespace Curriculum.Native.Tests;

public sealed class MallocTuningTests
{
    [Theory]
    [InlineData(null, MallocTuning.Tunables)]
    [InlineData("", MallocTuning.Tunables)]
    [InlineData("glibc.pthread.rseq=0", "glibc.pthread.rseq=0:" + MallocTuning.Tunables)]
    [InlineData("glibc.pthread.rseq=0:" + MallocTuning.Tunables, "glibc.pthread.rseq=0:" + MallocTuning.Tunables)]
    public void Adds_the_tunables_to_an_existing_setting_once(string? existing, string expected) =>
        Assert.Equal(expected, MallocTuning.WithTunables(existing));

    [LinuxX64Fact]
    public void Glibc_accepts_the_tunables_with_the_intended_values()
    {
        // glibc silently ignores a misspelt or out-of-range tunable, so ask its dynamic loader what it actually set.
        const string loader = "/lib64/ld-linux-x86-64.so.2";
        Assert.True(File.Exists(loader), $"{loader} is missing: is this a glibc system?");
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

    [LinuxX64Fact]
    public void Raises_the_thresholds_in_this_process_unless_told_to_keep_the_defaults()
    {
        var report = MallocTuning.Apply();

        Assert.DoesNotContain("WARNING", report);
        Assert.Contains(Environment.GetEnvironmentVariable(MallocTuning.KeepVariable) == "1" ? "defaults kept"
            : MallocTuning.StartedWithTunables ? "from process start" : "up to 32 MB", report);
    }
}
