using System.Runtime.InteropServices;
using Curriculum.Kernel.Native;
using Curriculum.Tests.Support;
using TorchSharp;
using static TorchSharp.torch;

namespace Curriculum.Tests.Native;

/// <summary>
/// The oneDNN switch in this test process (prepared by <see cref="TorchSharpSetup"/>, as notebooks and apps are). With
/// oneDNN on (CURRICULUM_ONEDNN=1), the gradient test fails on the AVX-512 machine this was found on.
/// </summary>
[Collection(TorchCollection.Name)]
public class OneDnnSwitchTests
{
    private static IntPtr LibTorchCpu() =>
        NativeLibrary.Load(TorchSharpNative.MappedFiles().First(m => Path.GetFileName(m) == "libtorch_cpu.so"));

    [Fact]
    public void OneDnn_is_off_in_a_prepared_process()
    {
        if (!TorchSharpNative.IsLinuxX64 || Environment.GetEnvironmentVariable(OneDnnSwitch.KeepVariable) == "1") return;
        _ = torch.zeros(1); // TorchSharp loaded
        Assert.False(OneDnnSwitch.IsEnabled(LibTorchCpu()));
    }

    // Fills freed memory with NaN so a kernel that reads memory it never wrote shows it.
    private static void Dirty()
    {
        for (var i = 0; i < 50; i++)
        {
            using var garbage = full(new long[] { 1000 + 37 * i, 64 }, float.NaN);
        }
    }

    private static void AssertGradientMatchesDouble(nn.Module<Tensor, Tensor> layer, long[] inputShape)
    {
        using var scope = NewDisposeScope();
        var x = randn(inputShape);
        var exact = x.to_type(ScalarType.Float64).requires_grad_(true);
        layer.to(ScalarType.Float64);
        layer.call(exact).square().sum().backward();
        layer.to(ScalarType.Float32);
        for (var repeat = 0; repeat < 3; repeat++)
        {
            Dirty();
            var input = x.detach().requires_grad_(true);
            layer.call(input).square().sum().backward();
            Assert.False(input.grad!.isnan().any().item<bool>(), $"{layer.GetName()}: NaN in the input gradient (repeat {repeat})");
            var error = (input.grad!.to_type(ScalarType.Float64) - exact.grad!).abs().max().item<double>();
            Assert.True(error < 1e-3, $"{layer.GetName()}: input gradient differs from float64 by {error}");
        }
    }

    [Fact]
    public void Convolution_gradients_stay_exact_after_memory_is_reused()
    {
        manual_seed(1);
        AssertGradientMatchesDouble(nn.Conv2d(16, 8, 3, padding: 1), [8, 16, 8, 8]);
        AssertGradientMatchesDouble(nn.Conv2d(3, 4, 3, padding: 1, bias: false), [8, 3, 16, 16]);
        AssertGradientMatchesDouble(nn.Conv1d(16, 8, 3, padding: 1), [8, 16, 40]);
        AssertGradientMatchesDouble(nn.Conv3d(16, 8, 3, padding: 1), [2, 16, 4, 8, 8]);
        AssertGradientMatchesDouble(nn.ConvTranspose2d(16, 8, 2, stride: 2), [8, 16, 8, 8]);
    }
}
