namespace Curriculum.Native;

/// <summary>
/// Turns libtorch's NNPACK convolutions off where NNPACK cannot start. Why: libtorch 2.10 asks NNPACK again at every
/// convolution that could use it, and on a CPU its cpuinfo does not know (measured on an AVX-512 AMD EPYC, family 26)
/// every ask fails and logs "Could not initialize NNPACK! Reason: Unsupported hardware": 4,136 lines in a 10-second
/// test, and about 5 % slower convolutions (30 steps of a 4-layer CNN 2.72 s against 2.59 s; 300 steps of a digits CNN
/// 2.58 s against 2.31 s). Where NNPACK works, it is left alone. Step 3 of <see cref="TorchSharpNative.Prepare"/>.
/// </summary>
public static class NnpackSwitch
{
    private const string Available = "_ZN2at4_ops17_nnpack_available4callEv";                // at::_ops::_nnpack_available::call()
    private const string SetEnabled = "_ZN2at7Context20setUserEnabledNNPACKEb";             // at::Context::setUserEnabledNNPACK(bool)
    private const string GetEnabled = "_ZNK2at7Context17userEnabledNNPACKEv";               // at::Context::userEnabledNNPACK() const

    /// <summary>Whether libtorch will try NNPACK (libtorch_cpu.so must be loaded; <paramref name="libTorchCpu"/> is its handle).</summary>
    public static bool IsEnabled(IntPtr libTorchCpu) => LibTorchContext.Get(libTorchCpu, GetEnabled);

    /// <summary>Asks NNPACK to start (once); if it cannot, turns libtorch's use of it off. Returns a short report.</summary>
    public static string TurnOffIfUnavailable(IntPtr libTorchCpu)
    {
        if (LibTorchContext.Call(libTorchCpu, Available)) return "NNPACK available";
        LibTorchContext.Set(libTorchCpu, SetEnabled, false);
        return "NNPACK cannot start on this CPU: turned off (libtorch would retry and log at every convolution)";
    }
}
