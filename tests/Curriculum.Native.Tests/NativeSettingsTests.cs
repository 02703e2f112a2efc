namespace Curriculum.Native.Tests;

public sealed class NativeSettingsTests
{
    [Fact]
    public void Four_lines_name_the_cpu_threads_malloc_and_oneDNN()
    {
        var lines = NativeSettings.Describe(MallocTuning.Tunables);

        Assert.Equal(4, lines.Count);
        Assert.Equal($"CPU: {CpuInfo.Current}", lines[0]);
        Assert.Equal($"threads: {NativeSettings.Threads}", lines[1]);
        Assert.Equal($"malloc: GLIBC_TUNABLES={MallocTuning.Tunables}", lines[2]);
        Assert.Equal($"oneDNN: {NativeSettings.OneDnnPolicy}", lines[3]);
        Assert.Equal("malloc: glibc defaults", NativeSettings.Describe(null)[2]);
    }

    [Fact]
    public void The_oneDNN_policy_follows_the_variable()
    {
        var expected = Environment.GetEnvironmentVariable(OneDnnSwitch.Variable) switch
        {
            "1" => "on (CURRICULUM_ONEDNN=1, no self-test)",
            "0" => "off (CURRICULUM_ONEDNN=0)",
            _ => "on if its gradients pass a start-up self-test in each lesson process, else off",
        };
        Assert.Equal(expected, NativeSettings.OneDnnPolicy);
    }
}
