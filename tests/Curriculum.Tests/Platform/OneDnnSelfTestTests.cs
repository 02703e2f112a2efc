using Curriculum.Native;
using Curriculum.Platform;
using Curriculum.Tests.Support;
using TorchSharp;
using static TorchSharp.torch;

namespace Curriculum.Tests.Platform;

/// <summary>
/// The guard, on every CPU: with the oneDNN setting this process runs with (decided at start by the self-test, or forced
/// by CURRICULUM_ONEDNN), real layers' gradients match float64 computed by libtorch's own kernels, after freed memory was
/// filled with NaN. If the self-test let a wrong oneDNN through, or a forced setting is wrong here, this fails.
/// </summary>
[Collection(TorchCollection.Name)]
public class OneDnnSelfTestTests
{
    // Fills freed memory with NaN so a kernel that reads memory it never wrote shows it.
    private static void Dirty()
    {
        for (var i = 0; i < 50; i++)
        {
            using var garbage = full(new long[] { 1000 + 37 * i, 64 }, float.NaN);
        }
    }

    private static void AssertGradientsMatchDouble(nn.Module<Tensor, Tensor> layer, long[] inputShape)
    {
        using var scope = NewDisposeScope();
        var x = randn(inputShape);
        var exact = x.to_type(ScalarType.Float64).requires_grad_(true);
        layer.to(ScalarType.Float64);
        layer.call(exact).square().sum().backward();
        var exactWeights = layer.parameters().Select(p => p.grad!.detach().clone()).ToList();
        layer.to(ScalarType.Float32);
        for (var repeat = 0; repeat < 3; repeat++)
        {
            Dirty();
            layer.zero_grad();
            var input = x.detach().requires_grad_(true);
            layer.call(input).square().sum().backward();
            Assert.False(input.grad!.isnan().any().item<bool>(), $"{layer.GetName()}: NaN in the input gradient (repeat {repeat})");
            var error = (input.grad!.to_type(ScalarType.Float64) - exact.grad!).abs().max().item<double>();
            Assert.True(error < 1e-3, $"{layer.GetName()}: input gradient differs from float64 by {error} (oneDNN {OneDnnSwitch.Decision})");
            foreach (var (p, expected) in layer.parameters().Zip(exactWeights))
            {
                var weightError = (p.grad!.to_type(ScalarType.Float64) - expected).abs().max().item<double>();
                Assert.True(weightError < 1e-2, $"{layer.GetName()}: weight gradient differs from float64 by {weightError}");
            }
        }
    }

    [Fact]
    public void Convolution_gradients_stay_exact_after_memory_is_reused()
    {
        manual_seed(1);
        AssertGradientsMatchDouble(nn.Conv2d(16, 8, 3, padding: 1), [8, 16, 8, 8]);
        AssertGradientsMatchDouble(nn.Conv2d(3, 4, 3, padding: 1, bias: false), [8, 3, 16, 16]);
        AssertGradientsMatchDouble(nn.Conv2d(32, 64, 3, padding: 1), [16, 32, 16, 16]);
        AssertGradientsMatchDouble(nn.Conv1d(16, 8, 3, padding: 1), [8, 16, 40]);
        AssertGradientsMatchDouble(nn.Conv3d(16, 8, 3, padding: 1), [2, 16, 4, 8, 8]);
        AssertGradientsMatchDouble(nn.ConvTranspose2d(16, 8, 2, stride: 2), [8, 16, 8, 8]);
    }

    [Fact]
    public void Recurrent_gradients_stay_exact_after_memory_is_reused()
    {
        manual_seed(2);
        AssertGradientsMatchDouble(new Recurrent(nn.LSTM(12, 20, batchFirst: true)), [4, 9, 12]);
        AssertGradientsMatchDouble(new Recurrent(nn.LSTM(16, 32, numLayers: 2, batchFirst: true)), [8, 30, 16]);
        AssertGradientsMatchDouble(new Recurrent(gru: nn.GRU(12, 20, batchFirst: true, bidirectional: true)), [4, 9, 12]);
    }

    [LinuxX64Fact]
    public void The_self_test_decided_and_the_switch_holds_its_decision()
    {
        var decision = OneDnnSelfTest.Ensure();

        Assert.Matches("^(on|off): ", decision);
        Assert.Equal(decision.StartsWith("on:"), OneDnnSwitch.IsEnabled);
        if (OneDnnSwitch.Forced is null) Assert.Contains("self-test", decision);
    }

    [LinuxX64Fact]
    public void The_measurement_finds_every_case_and_reports_NaN_as_infinitely_wrong()
    {
        var wasOn = OneDnnSwitch.IsEnabled;
        try
        {
            var errors = OneDnnSelfTest.Measure();
            Assert.Equal(OneDnnSelfTest.Cases.Select(c => c.Name), errors.Select(e => e.Layer));
            Assert.All(errors, e => Assert.False(double.IsNaN(e.Error)));
            // Whatever this CPU's oneDNN does, the decision taken at start agrees with a new measurement.
            if (OneDnnSwitch.Forced is null)
                Assert.Equal(wasOn, errors.All(e => e.Error <= OneDnnSelfTest.Tolerance));
        }
        finally { OneDnnSwitch.Set(wasOn); }
    }

    /// <summary>An LSTM or GRU as a tensor-to-tensor layer (its output sequence).</summary>
    private sealed class Recurrent : nn.Module<Tensor, Tensor>
    {
        private readonly TorchSharp.Modules.LSTM? lstm;
        private readonly TorchSharp.Modules.GRU? gru;

        public Recurrent(TorchSharp.Modules.LSTM? lstm = null, TorchSharp.Modules.GRU? gru = null) : base(lstm is null ? "GRU" : "LSTM")
        {
            this.lstm = lstm;
            this.gru = gru;
            RegisterComponents();
        }

        public override Tensor forward(Tensor x) => lstm is not null ? lstm.call(x, null).Item1 : gru!.call(x, null).Item1;
    }
}
