using Curriculum.Native;
using TorchSharp;
using static TorchSharp.torch;

namespace Curriculum.Platform;

/// <summary>
/// Decides, on the CPU at hand, whether libtorch may use oneDNN: computes convolution input and weight gradients of a
/// few layer shapes with oneDNN off (libtorch's own kernels) and on, three times each with freed memory filled with NaN
/// in between (a kernel that reads memory it never wrote then shows it), and keeps oneDNN on only if every gradient
/// agrees. The shapes are the ones found wrong on some CPU: channel counts that are not a multiple of oneDNN's block
/// (8 for AVX2, 16 for AVX-512) and a 3-channel input. Takes about 0.1 s; leaves the global random generator alone.
/// It runs at the start of every lesson, through TorchStartup; no lesson calls it by name.
/// </summary>
public static class OneDnnSelfTest
{
    /// <summary>One layer shape: a name, the input shape and the weight shape; <c>transposed</c> for a transposed convolution.</summary>
    public sealed record Case(string Name, long[] Input, long[] Weight, bool Transposed = false, long Stride = 1, long Padding = 1);

    /// <summary>The measured layers: conv1d/2d/3d with 16→8 channels, 3→4 channels, 8→16 and a transposed 16→8.</summary>
    public static readonly IReadOnlyList<Case> Cases =
    [
        new("Conv1d 16→8", [8, 16, 40], [8, 16, 3]),
        new("Conv2d 16→8", [8, 16, 8, 8], [8, 16, 3, 3]),
        new("Conv2d 3→4", [8, 3, 16, 16], [4, 3, 3, 3]),
        new("Conv2d 8→16", [8, 8, 8, 8], [16, 8, 3, 3]),
        new("Conv3d 16→8", [2, 16, 4, 8, 8], [8, 16, 3, 3, 3]),
        new("ConvTranspose2d 16→8", [8, 16, 8, 8], [16, 8, 2, 2], Transposed: true, Stride: 2, Padding: 0),
    ];

    /// <summary>Largest gradient error allowed, relative to the largest reference gradient (float32 rounding is about 1e-6).</summary>
    public const double Tolerance = 1e-4;

    private static readonly object Gate = new();
    private static bool _done;

    /// <summary>
    /// Runs once per process (later calls return at once): honours CURRICULUM_ONEDNN, else measures and sets oneDNN.
    /// Returns the decision as <see cref="OneDnnSwitch.Decision"/> records it, or why nothing was decided.
    /// </summary>
    public static string Ensure()
    {
        lock (Gate)
        {
            if (_done) return OneDnnSwitch.Decision ?? "not decided";
            if (!SystemLibraries.IsLinuxX64) return "not decided (the switch is reached through libtorch's Linux exports)";
            _ = torch.get_num_threads(); // loads TorchSharp and libtorch; throws (and leaves this to a later call) if they cannot load
            _done = true;
            if (!OneDnnSwitch.IsAvailable) return "not decided (libtorch_cpu.so not loaded)";
            if (OneDnnSwitch.Forced is { } forced)
            {
                OneDnnSwitch.Decide(forced, $"{OneDnnSwitch.Variable}={(forced ? 1 : 0)}");
                return OneDnnSwitch.Decision!;
            }
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var errors = Measure();
            var worst = errors.MaxBy(e => double.IsNaN(e.Error) ? double.PositiveInfinity : e.Error);
            var passed = errors.All(e => e.Error <= Tolerance);
            OneDnnSwitch.Decide(passed,
                passed ? $"gradients of {errors.Count} layer shapes match libtorch's own kernels (worst relative error {worst.Error:G2}; self-test {clock.Elapsed.TotalSeconds:F2} s)"
                       : $"wrong gradients in the self-test ({worst.Layer}: relative error {worst.Error:G3}; self-test {clock.Elapsed.TotalSeconds:F2} s), so libtorch's own kernels are used");
            return OneDnnSwitch.Decision!;
        }
    }

    /// <summary>
    /// For each of <see cref="Cases"/>: the worst relative error of oneDNN's input and weight gradients against oneDNN
    /// off, over three tries (NaN counts as infinite). Leaves oneDNN on; the caller decides.
    /// </summary>
    public static IReadOnlyList<(string Layer, double Error)> Measure()
    {
        var results = new List<(string, double)>();
        using var generator = new Generator(2024);
        foreach (var c in Cases)
        {
            using var scope = NewDisposeScope();
            var x = randn(c.Input, generator: generator);
            var w = randn(c.Weight, generator: generator) * 0.3;
            OneDnnSwitch.Set(false);
            var (refInput, refWeight) = Gradients(c, x, w);
            OneDnnSwitch.Set(true);
            var worst = 0.0;
            for (var attempt = 0; attempt < 3; attempt++)
            {
                FillFreedMemoryWithNaN();
                var (gi, gw) = Gradients(c, x, w);
                worst = Math.Max(worst, Math.Max(RelativeError(gi, refInput), RelativeError(gw, refWeight)));
            }
            results.Add((c.Name, worst));
        }
        return results;
    }

    private static (Tensor Input, Tensor Weight) Gradients(Case c, Tensor x, Tensor w)
    {
        var input = x.detach().requires_grad_(true);
        var weight = w.detach().requires_grad_(true);
        var output = (c.Transposed, c.Input.Length) switch
        {
            (true, _) => nn.functional.conv_transpose2d(input, weight, null, new[] { c.Stride, c.Stride }, new[] { c.Padding, c.Padding }),
            (false, 3) => nn.functional.conv1d(input, weight, padding: c.Padding),
            (false, 4) => nn.functional.conv2d(input, weight, padding: [c.Padding, c.Padding]),
            _ => nn.functional.conv3d(input, weight, padding: [c.Padding, c.Padding, c.Padding]),
        };
        output.square().sum().backward();
        return (input.grad!.detach().clone(), weight.grad!.detach().clone());
    }

    private static double RelativeError(Tensor actual, Tensor expected)
    {
        var error = (actual - expected).abs().max().item<float>();
        return float.IsNaN(error) ? double.PositiveInfinity : error / Math.Max(1e-12, expected.abs().max().item<float>());
    }

    // Freed blocks are reused by the next allocations; filling them with NaN makes a read of unwritten memory visible.
    private static void FillFreedMemoryWithNaN()
    {
        for (var i = 0; i < 20; i++)
        {
            using var garbage = full(new long[] { 1000 + 37 * i, 64 }, float.NaN);
        }
    }
}
