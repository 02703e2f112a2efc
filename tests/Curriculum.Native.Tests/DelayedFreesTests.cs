using System.Collections.Concurrent;

namespace Curriculum.Native.Tests;

public sealed class DelayedFreesTests
{
    [Fact]
    public void Each_pointer_comes_back_capacity_additions_later_in_order()
    {
        var queue = new DelayedFrees(3);

        var displaced = Enumerable.Range(1, 7).Select(i => queue.Add(i)).ToList();

        Assert.Equal(new IntPtr[] { 0, 0, 0, 1, 2, 3, 4 }, displaced);
        Assert.Equal(7, queue.Added);
        Assert.Equal(3, queue.Held);
    }

    [Fact]
    public void Held_counts_up_to_the_capacity_while_filling()
    {
        var queue = new DelayedFrees(5);
        queue.Add(10);
        queue.Add(11);

        Assert.Equal(2, queue.Held);
        Assert.Equal(5, queue.Capacity);
    }

    [Fact]
    public void Threads_adding_at_once_get_every_pointer_back_exactly_once()
    {
        const int threads = 4, each = 20_000, capacity = 100;
        var queue = new DelayedFrees(capacity);
        var back = new ConcurrentBag<IntPtr>();

        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            for (var i = 1; i <= each; i++)
                if (queue.Add(t * 1_000_000 + i) is var old && old != IntPtr.Zero) back.Add(old);
        });

        Assert.Equal(threads * each - capacity, back.Count);
        Assert.Equal(back.Count, back.Distinct().Count());
        // Each thread's own pointers come back in the order it added them, the queue being first in, first out.
        foreach (var group in back.GroupBy(p => (long)p / 1_000_000))
            Assert.Equal(group.Count(), group.Select(p => (long)p % 1_000_000).Max());
    }

    [Fact]
    public void Bad_arguments_are_named()
    {
        Assert.Equal("capacity", Assert.Throws<ArgumentOutOfRangeException>(() => new DelayedFrees(0)).ParamName);
        Assert.Equal("pointer", Assert.Throws<ArgumentException>(() => new DelayedFrees(2).Add(IntPtr.Zero)).ParamName);
    }
}
