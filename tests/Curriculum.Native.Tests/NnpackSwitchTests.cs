using System.Runtime.InteropServices;

namespace Curriculum.Native.Tests;

public sealed class NnpackSwitchTests
{
    [TorchSharpCacheFact]
    public void NNPACK_stays_on_exactly_where_it_can_start()
    {
        var folder = LibTorchPreload.Load(Needs.CachedLibTorch!);
        var libTorchCpu = NativeLibrary.Load(Path.Combine(folder, "libtorch_cpu.so"));

        var report = NnpackSwitch.TurnOffIfUnavailable(libTorchCpu);
        var enabled = NnpackSwitch.IsEnabled(libTorchCpu);

        Assert.True(report == "NNPACK available" ? enabled : !enabled && report.Contains("turned off"), $"{report}; enabled: {enabled}");
    }
}
