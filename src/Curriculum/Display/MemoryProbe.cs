using System.Diagnostics;

namespace Curriculum.Display;

/// <summary>What <see cref="MemoryProbe.Measure{T}"/> saw while running an action.</summary>
/// <param name="PeakManagedBytes">Highest managed-heap size seen above the starting size (sampled every few ms).</param>
/// <param name="AllocatedBytes">Managed bytes allocated in total by the process meanwhile (garbage included).</param>
/// <param name="Seconds">Wall-clock time.</param>
public sealed record MemoryUse(long PeakManagedBytes, long AllocatedBytes, double Seconds)
{
    public double PeakMegabytes => PeakManagedBytes / 1048576.0;
    public double AllocatedMegabytes => AllocatedBytes / 1048576.0;
}

/// <summary>
/// Measures the managed memory an action holds at its peak: collects garbage first, then samples
/// <see cref="GC.GetTotalMemory(bool)"/> on a background thread every <c>sampleMilliseconds</c> while the action runs, and reports the
/// highest value above the starting one. This counts .NET objects only (not native memory such as TorchSharp tensors'),
/// and a peak shorter than the sampling interval can be missed; the process-wide <c>Process.PeakWorkingSet64</c> cannot
/// be reset, so it cannot compare two steps run one after the other in a notebook. Introduced in lesson 04.
/// </summary>
public static class MemoryProbe
{
    /// <summary>Runs <paramref name="action"/> and returns its result with its memory use. Introduced in lesson 04.</summary>
    public static (T Result, MemoryUse Use) Measure<T>(Func<T> action, int sampleMilliseconds = 2)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (sampleMilliseconds <= 0) throw new ArgumentOutOfRangeException(nameof(sampleMilliseconds), sampleMilliseconds, "must be positive");
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var baseline = GC.GetTotalMemory(false);
        var allocatedBefore = GC.GetTotalAllocatedBytes(true);
        long peak = baseline;
        using var stop = new CancellationTokenSource();
        var sampler = new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var now = GC.GetTotalMemory(false);
                if (now > Interlocked.Read(ref peak)) Interlocked.Exchange(ref peak, now);
                Thread.Sleep(sampleMilliseconds);
            }
        }) { IsBackground = true };
        var clock = Stopwatch.StartNew();
        sampler.Start();
        T result;
        try
        {
            result = action();
        }
        finally
        {
            var end = GC.GetTotalMemory(false);
            if (end > Interlocked.Read(ref peak)) Interlocked.Exchange(ref peak, end);
            stop.Cancel();
            sampler.Join();
        }
        var seconds = clock.Elapsed.TotalSeconds;
        return (result, new MemoryUse(Math.Max(0, peak - baseline), GC.GetTotalAllocatedBytes(true) - allocatedBefore, seconds));
    }
}
