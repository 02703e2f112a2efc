using System.Runtime.InteropServices;

namespace Curriculum.Kernel.Native;

/// <summary>
/// Turns off libtorch's oneDNN (MKL-DNN) kernels, as PyTorch's <c>torch.backends.mkldnn.enabled = False</c> does;
/// TorchSharp 0.107 has no binding for that switch, so this calls libtorch's C++ exports directly (Itanium ABI: Linux).
/// Why: on AVX-512 CPUs the oneDNN 3.7.1 in libtorch 2.10 computes convolution input gradients with channel-padded
/// blocked layouts (jit:avx512_core backward_data) and picks up uninitialised memory: the gradient turns NaN at random,
/// once the process has reused memory (measured: a small U-Net trains on a fresh process and gives NaN after one other
/// test; five lessons failed). libtorch's own convolution kernels are exact but slower: 113 ms vs 39 ms for a
/// 16→32-channel 3×3 layer on 64×32×32, forward and backward, 2 threads (faster for 1-channel input).
/// </summary>
internal static class OneDnnSwitch
{
    private const string GlobalContext = "_ZN2at13globalContextEv";                 // at::globalContext()
    private const string SetEnabled = "_ZN2at7Context20setUserEnabledMkldnnEb";     // at::Context::setUserEnabledMkldnn(bool)
    private const string GetEnabled = "_ZNK2at7Context17userEnabledMkldnnEv";       // at::Context::userEnabledMkldnn() const

    /// <summary>Set CURRICULUM_ONEDNN=1 to keep oneDNN on (e.g. to check whether a newer libtorch still needs this).</summary>
    public const string KeepVariable = "CURRICULUM_ONEDNN";

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate IntPtr ContextGetter();

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate void FlagSetter(IntPtr context, [MarshalAs(UnmanagedType.U1)] bool value);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    [return: MarshalAs(UnmanagedType.U1)]
    private delegate bool FlagGetter(IntPtr context);

    /// <summary>Whether libtorch will use oneDNN, read from the loaded libtorch_cpu.so (<paramref name="libTorchCpu"/> is its handle).</summary>
    public static bool IsEnabled(IntPtr libTorchCpu) =>
        Export<FlagGetter>(libTorchCpu, GetEnabled)(Export<ContextGetter>(libTorchCpu, GlobalContext)());

    /// <summary>Turns oneDNN off unless <see cref="KeepVariable"/> is 1; returns a short report of what it did.</summary>
    public static string Apply(IntPtr libTorchCpu)
    {
        if (Environment.GetEnvironmentVariable(KeepVariable) == "1") return $"oneDNN left on ({KeepVariable}=1)";
        var context = Export<ContextGetter>(libTorchCpu, GlobalContext)();
        Export<FlagSetter>(libTorchCpu, SetEnabled)(context, false);
        return IsEnabled(libTorchCpu)
            ? "WARNING: could not turn oneDNN off; convolution gradients may turn NaN on AVX-512 CPUs"
            : "oneDNN turned off (its AVX-512 convolution gradients read uninitialised memory)";
    }

    private static T Export<T>(IntPtr library, string name) where T : Delegate =>
        NativeLibrary.TryGetExport(library, name, out var address)
            ? Marshal.GetDelegateForFunctionPointer<T>(address)
            : throw new EntryPointNotFoundException($"libtorch_cpu.so has no export {name}; this libtorch version needs a new check of OneDnnSwitch.");
}
