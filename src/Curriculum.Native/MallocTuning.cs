using System.Runtime.InteropServices;

namespace Curriculum.Native;

/// <summary>
/// Keeps large freed blocks inside one glibc heap instead of returning them to the kernel. Why: libtorch's own convolution
/// kernels (used where oneDNN is off, see <see cref="OneDnnSwitch"/>) allocate an im2col buffer of tens of MB on every call;
/// with glibc's defaults each one is a fresh mmap that the kernel must zero page by page. Three settings matter:
/// the mmap threshold (blocks below it come from the heap), the trim threshold (free heap kept for reuse), and one arena:
/// a notebook's code runs on a .NET thread-pool thread, whose malloc arena is a secondary heap of at most 64 MB, so
/// a 64 MB buffer is mmap-ed there whatever the threshold, and the secondary heaps grow and shrink on every step.
/// <see cref="Apply"/> can raise the mmap threshold only to 32 MB (glibc's mallopt limit); set at process start through
/// <see cref="Tunables"/> (GLIBC_TUNABLES) it has no such limit: the runner starts every notebook's process with it,
/// and the dev container sets it.
/// Measured, 30 training steps of a 4-layer CNN on 32×3×48×48: glibc defaults 3.5 s, mallopt 1.9 s, mmap and trim
/// thresholds 1.6 s, oneDNN on 1.5 s. Lesson 21's U-Net, an epoch of 19 steps of 32 images: thresholds only 5.9–7.0 s
/// (of which 1.6–2.9 s system time per 18 steps), with one arena as well 2.5–2.6 s (0.1 s system).
/// </summary>
public static class MallocTuning
{
    private const int TrimThreshold = -1;   // M_TRIM_THRESHOLD
    private const int MmapThreshold = -3;   // M_MMAP_THRESHOLD
    private const int ArenaMax = -8;        // M_ARENA_MAX

    /// <summary>glibc's largest allowed mmap threshold on 64-bit (HEAP_MAX_SIZE / 2): blocks below it come from the heap.</summary>
    public const int MmapThresholdBytes = 32 * 1024 * 1024;

    /// <summary>Free memory at the top of the heap kept for reuse before glibc gives it back.</summary>
    public const int TrimThresholdBytes = 1024 * 1024 * 1024;

    /// <summary>Set CURRICULUM_MALLOC_DEFAULTS=1 to keep glibc's defaults (to measure the difference).</summary>
    public const string KeepVariable = "CURRICULUM_MALLOC_DEFAULTS";

    /// <summary>The environment setting, from process start: one arena for all threads, thresholds 128 MB and 1 GB.</summary>
    public const string Tunables = "glibc.malloc.arena_max=1:glibc.malloc.mmap_threshold=134217728:glibc.malloc.trim_threshold=1073741824";

    /// <summary>The GLIBC_TUNABLES value for a child process: <see cref="Tunables"/> after whatever <paramref name="existing"/> holds.</summary>
    public static string WithTunables(string? existing) =>
        string.IsNullOrEmpty(existing) ? Tunables : existing.Contains(Tunables, StringComparison.Ordinal) ? existing : existing + ":" + Tunables;

    /// <summary>Whether this process started with <see cref="Tunables"/> (then <see cref="Apply"/> leaves the thresholds alone).</summary>
    public static bool StartedWithTunables =>
        Environment.GetEnvironmentVariable("GLIBC_TUNABLES")?.Contains(Tunables, StringComparison.Ordinal) == true;

    [DllImport("libc", EntryPoint = "mallopt")]
    private static extern int Mallopt(int parameter, int value);

    /// <summary>One arena for new threads and both thresholds raised (Linux glibc only); returns a short report.</summary>
    public static string Apply()
    {
        if (Environment.GetEnvironmentVariable(KeepVariable) == "1") return $"glibc malloc defaults kept ({KeepVariable}=1)";
        // mallopt would lower the threshold set at start to its own 32 MB limit.
        if (StartedWithTunables) return "glibc malloc: one arena and raised thresholds from process start (GLIBC_TUNABLES)";
        // mallopt returns 1 on success; musl has no mallopt, and then the defaults simply stay.
        try
        {
            // Threads that already have an arena keep it; later threads reuse existing arenas instead of making more.
            var ok = Mallopt(ArenaMax, 1) == 1 & Mallopt(MmapThreshold, MmapThresholdBytes) == 1 & Mallopt(TrimThreshold, TrimThresholdBytes) == 1;
            return ok ? "glibc malloc keeps blocks up to 32 MB in its main heap (no mmap and page zeroing per convolution)"
                      : "WARNING: mallopt refused the malloc thresholds; convolutions will be slower";
        }
        catch (EntryPointNotFoundException)
        {
            return "no glibc mallopt here; malloc defaults kept";
        }
    }
}
