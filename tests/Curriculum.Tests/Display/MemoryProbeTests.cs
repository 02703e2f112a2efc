using Curriculum.Display;
using Curriculum.Tests.Support;

namespace Curriculum.Tests.Display;

[Collection(ProcessWideCollection.Name)]
public class MemoryProbeTests
{
    [Fact]
    public void Sees_a_large_array_held_during_the_action_and_not_a_small_one()
    {
        var (big, bigUse) = MemoryProbe.Measure(() =>
        {
            var a = new byte[64 << 20];
            a[^1] = 1;
            Thread.Sleep(30);
            return a.Length;
        });
        var (_, smallUse) = MemoryProbe.Measure(() => { Thread.Sleep(30); return 0; });

        Assert.Equal(64 << 20, big);
        Assert.InRange(bigUse.PeakManagedBytes, 60L << 20, 80L << 20);
        Assert.True(bigUse.AllocatedBytes >= 64L << 20);
        Assert.True(smallUse.PeakManagedBytes < 8L << 20, $"idle peak {smallUse.PeakMegabytes:0.0} MB");
        Assert.True(bigUse.Seconds >= 0.03);
    }

    [Fact]
    public void Streaming_garbage_allocates_a_lot_but_holds_little()
    {
        var (_, use) = MemoryProbe.Measure(() =>
        {
            long sum = 0;
            for (var i = 0; i < 2000; i++) { var chunk = new byte[64 << 10]; chunk[0] = 1; sum += chunk[0]; }
            return sum;
        });

        Assert.True(use.AllocatedBytes >= 2000L * (64 << 10));
        Assert.True(use.PeakManagedBytes < use.AllocatedBytes / 4, $"peak {use.PeakMegabytes:0.0} MB of {use.AllocatedMegabytes:0.0} MB allocated");
    }

    [Fact]
    public void Bad_arguments_are_named()
    {
        Assert.Equal("sampleMilliseconds", Assert.Throws<ArgumentOutOfRangeException>(() => MemoryProbe.Measure(() => 0, 0)).ParamName);
    }
}
