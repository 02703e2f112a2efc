using Curriculum.Reinforcement;
using Curriculum.Tests.Support;

namespace Curriculum.Tests.Reinforcement;

[Collection(TorchCollection.Name)]
public class ReplayBufferTests
{
    private static double[] S(double v) => [v, v + 0.1];

    [Fact]
    public void Stores_transitions_and_overwrites_the_oldest_when_full()
    {
        var buffer = new ReplayBuffer(3, 2);
        for (var i = 0; i < 5; i++) buffer.Add(S(i), i % 2, i * 10, S(i + 1), terminal: i == 4);
        Assert.Equal(3, buffer.Count);
        // slots: 0 ← transition 3, 1 ← transition 4, 2 ← transition 2
        Assert.Equal(30f, buffer.At(0).Reward);
        Assert.Equal(40f, buffer.At(1).Reward);
        Assert.True(buffer.At(1).Terminal);
        Assert.Equal(new[] { 5f, 5.1f }, buffer.At(1).NextState);
        Assert.Equal(20f, buffer.At(2).Reward);
        Assert.Equal(0L, buffer.At(2).Action);
    }

    [Fact]
    public void Samples_are_seeded_and_tensors_line_up_with_slots()
    {
        var buffer = new ReplayBuffer(10, 2);
        for (var i = 0; i < 10; i++) buffer.Add(S(i), i % 2, i, S(i + 1), i == 9);
        Assert.Equal(buffer.SampleSlots(8, new Random(4)), buffer.SampleSlots(8, new Random(4)));
        var slots = buffer.SampleSlots(8, new Random(4));
        var (s, a, r, s2, d) = buffer.Sample(8, new Random(4));
        using (s) using (a) using (r) using (s2) using (d)
        {
            Assert.Equal(new long[] { 8, 2 }, s.shape);
            var rewards = r.data<float>().ToArray();
            var states = s.data<float>().ToArray();
            var next = s2.data<float>().ToArray();
            for (var b = 0; b < 8; b++)
            {
                Assert.Equal(slots[b], rewards[b]);                 // reward i was stored in slot i
                Assert.Equal(slots[b] % 2, a[b].item<long>());
                Assert.Equal(slots[b], states[2 * b], 5);
                Assert.Equal(slots[b] + 1, next[2 * b], 5);
                Assert.Equal(slots[b] == 9 ? 1f : 0f, d[b].item<float>());
            }
        }
    }

    [Fact]
    public void Rejects_bad_use()
    {
        Assert.Throws<InvalidOperationException>(() => new ReplayBuffer(2, 2).SampleSlots(1, new Random(1)));
        Assert.Throws<ArgumentException>(() => new ReplayBuffer(2, 2).Add([1], 0, 0, [1, 2], false));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReplayBuffer(0, 2));
    }
}
