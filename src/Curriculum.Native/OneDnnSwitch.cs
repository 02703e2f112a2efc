using System.Runtime.InteropServices;

namespace Curriculum.Native;

/// <summary>
/// Turns libtorch's oneDNN (MKL-DNN) kernels on or off, as PyTorch's <c>torch.backends.mkldnn.enabled</c> does;
/// TorchSharp 0.107 has no binding for that switch, so this calls libtorch's C++ exports directly (Itanium ABI: Linux).
/// Why it matters: oneDNN 3.7.1 in libtorch 2.10 computes some convolution input gradients wrongly on some CPUs (on an
/// AVX-512 AMD EPYC: NaN or garbage whenever the channel count needs padding to the kernel's block of 16, and with its
/// dispatch capped at AVX2, a 3-channel layer still comes out wrong), while elsewhere it is correct and about 2–3×
/// faster than libtorch's own kernels for convolutions and LSTMs. So each process decides by measurement: the helper
/// library's gradient self-test runs with oneDNN on and calls <see cref="Decide"/>.
/// </summary>
public static class OneDnnSwitch
{
    private const string SetEnabled = "_ZN2at7Context20setUserEnabledMkldnnEb";     // at::Context::setUserEnabledMkldnn(bool)
    private const string GetEnabled = "_ZNK2at7Context17userEnabledMkldnnEv";       // at::Context::userEnabledMkldnn() const

    /// <summary>
    /// CURRICULUM_ONEDNN=1 keeps oneDNN on and =0 turns it off, without the self-test (to measure either); unset, the
    /// self-test decides.
    /// </summary>
    public const string Variable = "CURRICULUM_ONEDNN";

    /// <summary>What was decided in this process and why ("on: …", "off: …"), or null before <see cref="Decide"/>.</summary>
    public static string? Decision { get; private set; }

    /// <summary>Whether libtorch is loaded here and its switch can be reached (Linux x64).</summary>
    public static bool IsAvailable => SystemLibraries.IsLinuxX64 && SystemLibraries.MappedFiles().Any(m => Path.GetFileName(m) == "libtorch_cpu.so");

    /// <summary>Whether libtorch will use oneDNN.</summary>
    public static bool IsEnabled => LibTorchContext.Get(LibTorchCpu(), GetEnabled);

    /// <summary>Turns oneDNN on or off for the whole process (cheap; libtorch reads it at every operation).</summary>
    public static void Set(bool enabled) => LibTorchContext.Set(LibTorchCpu(), SetEnabled, enabled);

    /// <summary>The setting forced by <see cref="Variable"/>: true (on), false (off), or null (let the self-test decide).</summary>
    public static bool? Forced => Environment.GetEnvironmentVariable(Variable) switch
    {
        "1" => true,
        "0" => false,
        _ => null,
    };

    /// <summary>Sets oneDNN and records the decision with its reason (shown in the runner's rows and summary.json).</summary>
    public static void Decide(bool enabled, string reason)
    {
        Set(enabled);
        Decision = $"{(enabled ? "on" : "off")}: {reason}";
    }

    // The libtorch_cpu.so already loaded in this process (loading it again by its path only takes a reference).
    private static IntPtr LibTorchCpu() =>
        SystemLibraries.MappedFiles().FirstOrDefault(m => Path.GetFileName(m) == "libtorch_cpu.so") is { } path
            ? NativeLibrary.Load(path)
            : throw new InvalidOperationException("libtorch_cpu.so is not loaded in this process; use TorchSharp (or TorchSharpNative.Prepare) first.");
}
