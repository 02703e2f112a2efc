namespace Curriculum.Native.Tests;

/// <summary>
/// The switch itself, on libtorch loaded from the NuGet cache. Whether oneDNN's gradients are right on this CPU is the
/// helper library's self-test, guarded with real layers in Curriculum.Tests (Platform/OneDnnSelfTestTests).
/// </summary>
public sealed class OneDnnSwitchTests
{
    [TorchSharpCacheFact]
    public void Turns_oneDNN_off_and_on_and_records_the_decision()
    {
        LibTorchPreload.Load(Needs.CachedLibTorch!);
        Assert.True(OneDnnSwitch.IsAvailable);
        var before = OneDnnSwitch.IsEnabled;
        try
        {
            OneDnnSwitch.Decide(false, "test");
            Assert.False(OneDnnSwitch.IsEnabled);
            Assert.Equal("off: test", OneDnnSwitch.Decision);
            OneDnnSwitch.Set(true);
            Assert.True(OneDnnSwitch.IsEnabled);
        }
        finally { OneDnnSwitch.Set(before); }
    }
}
