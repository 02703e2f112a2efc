namespace Curriculum.Native;

/// <summary>
/// The native settings a run's times depend on, in one place, so that the runner's first lines and summary.json
/// name them: the CPU, the thread count, glibc malloc tuning and how oneDNN is chosen.
/// </summary>
public static class NativeSettings
{
    /// <summary>Threads libtorch and ML.NET use: OMP_NUM_THREADS if set, else one per core (libtorch's default).</summary>
    public static int Threads =>
        int.TryParse(Environment.GetEnvironmentVariable("OMP_NUM_THREADS"), out var n) && n > 0 ? n : Environment.ProcessorCount;

    /// <summary>How oneDNN is chosen in a lesson process that starts with this environment.</summary>
    public static string OneDnnPolicy => OneDnnSwitch.Forced switch
    {
        true => $"on ({OneDnnSwitch.Variable}=1, no self-test)",
        false => $"off ({OneDnnSwitch.Variable}=0)",
        null => "on if its gradients pass a start-up self-test in each lesson process, else off",
    };

    /// <summary>Lines describing the settings for lesson processes started with <paramref name="tunables"/> as GLIBC_TUNABLES.</summary>
    public static IReadOnlyList<string> Describe(string? tunables) =>
    [
        $"CPU: {CpuInfo.Current}",
        $"threads: {Threads}",
        $"malloc: {(string.IsNullOrEmpty(tunables) ? "glibc defaults" : $"GLIBC_TUNABLES={tunables}")}",
        $"oneDNN: {OneDnnPolicy}",
    ];
}
