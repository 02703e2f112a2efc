using Curriculum.Native;
using Curriculum.Platform;
using Curriculum.Tests.Support;
using TorchSharp;

namespace Curriculum.Tests.Platform;

/// <summary>This test process started TorchSharp the way apps do: from its own bin folder, without writing to it.</summary>
[Collection(TorchCollection.Name)]
public class TorchStartupTests
{
    [LinuxX64Fact]
    public void TorchSharp_runs_from_a_patched_copy_where_needed_and_the_build_output_is_left_as_it_was()
    {
        var report = TorchStartup.Ensure();
        using var sum = torch.ones(3).sum();

        Assert.Equal(3f, sum.item<float>());
        Assert.DoesNotContain("failed", report);
        Assert.Contains("oneDNN", report);
        var shipped = Path.Combine(TorchSharpFolders.AppNativeFolder()!, TorchSharpFolders.LibTorchSharpFileName);
        var loaded = Assert.Single(SystemLibraries.MappedFiles(), m => Path.GetFileName(m) == TorchSharpFolders.LibTorchSharpFileName);
        // A copy is loaded exactly when the shipped file asks for a version the system lacks. (The shipped file is weak
        // already only where an older version of this project patched the NuGet cache in place.)
        var needsFix = !SystemLibraries.SystemLibStdCxxProvides("GLIBCXX_3.4.32") && !IsWeak(shipped);
        Assert.Equal(needsFix, loaded.StartsWith(SystemLibraries.Canonical(TorchSharpNative.PatchedCopiesFolder) + "/", StringComparison.Ordinal));
        if (!needsFix) Assert.Equal(SystemLibraries.Canonical(shipped), loaded);
    }

    [LinuxX64Fact]
    public void TorchSharps_own_scalar_disposal_goes_through_the_delay()
    {
        Assert.DoesNotContain("failed", TorchStartup.Ensure());
        Assert.True(ScalarFreeDelay.Installed, ScalarFreeDelay.Report);
        var before = ScalarFreeDelay.Disposed;

        Scalar scalar = 2.5;
        scalar.Dispose();

        // At least this one (the finalizer may dispose others meanwhile).
        Assert.True(ScalarFreeDelay.Disposed >= before + 1, $"{before} → {ScalarFreeDelay.Disposed}");
    }

    private static bool IsWeak(string path)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("readelf", ["-V", "-W", path]) { RedirectStandardOutput = true })!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return System.Text.RegularExpressions.Regex.IsMatch(text, @"Name: GLIBCXX_3\.4\.32\s+Flags: WEAK");
    }
}
