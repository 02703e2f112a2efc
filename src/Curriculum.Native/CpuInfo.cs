namespace Curriculum.Native;

/// <summary>
/// The CPU this process runs on, for reports that make two runs' times comparable: model name, the widest vector
/// instruction set, and the flags that change which kernels oneDNN and libtorch pick. Read from /proc/cpuinfo on Linux.
/// </summary>
public sealed record CpuInfo(string Model, int LogicalCores, IReadOnlyList<string> Flags)
{
    /// <summary>Vector flags worth naming, widest first (what oneDNN dispatches on).</summary>
    public static readonly IReadOnlyList<string> VectorFlags =
        ["amx_tile", "avx512f", "avx512bw", "avx512vl", "avx512_vnni", "avx512_bf16", "avx_vnni", "avx2", "fma", "avx", "sse4_2"];

    /// <summary>This machine's CPU (model "unknown" and no flags where /proc/cpuinfo is not readable).</summary>
    public static CpuInfo Current { get; } = Read("/proc/cpuinfo");

    /// <summary>Parses a /proc/cpuinfo text file (the first processor's model name and flags).</summary>
    public static CpuInfo Read(string path)
    {
        string[] lines;
        try { lines = File.ReadAllLines(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return new("unknown", Environment.ProcessorCount, []); }
        string? Field(string name) => lines.Select(l => l.Split(':', 2)).FirstOrDefault(p => p.Length == 2 && p[0].Trim() == name)?[1].Trim();
        var flags = (Field("flags") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new(Field("model name") ?? "unknown", Environment.ProcessorCount, flags);
    }

    /// <summary>The widest vector instruction set: "AVX-512", "AVX2", "AVX", "SSE4.2" or "none found".</summary>
    public string VectorIsa =>
        Flags.Contains("avx512f") ? "AVX-512" : Flags.Contains("avx2") ? "AVX2" : Flags.Contains("avx") ? "AVX" : Flags.Contains("sse4_2") ? "SSE4.2" : "none found";

    /// <summary>E.g. "AMD EPYC, 2 cores, AVX-512 (avx512f avx512bw avx512vl avx512_vnni avx512_bf16 avx_vnni avx2 fma avx sse4_2)".</summary>
    public override string ToString() =>
        $"{Model}, {LogicalCores} cores, {VectorIsa} ({string.Join(' ', VectorFlags.Where(Flags.Contains))})";
}
