using System.Text.Json;
using Curriculum.Data;
using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Curriculum.Models;

/// <summary>
/// The x2 network of UpscalerJS's "ESRGAN Slim" (npm @upscalerjs/esrgan-slim 1.0.0, MIT), rebuilt in TorchSharp from
/// its TF.js layers file: a small RDN (residual dense network, Zhang et al. 2018). Layers, exactly as in model.json:
/// F_m1 (3×3, 3→64) → F_0 (3×3, 64→64) → two residual dense blocks, each
/// <c>x + LFF(concat(x, relu(F(x))))</c> with F 3×3 64→4 and LFF 1×1 68→64 → GFF_1 (1×1 on the concatenated block
/// outputs, 128→64) → GFF_2 (3×3) plus the F_m1 output (global residual) → UPN1 (5×5, 64→64, relu) → UPN2 (3×3, 64→32,
/// relu) → UPN3 (3×3, 32→12) → nearest-neighbour upsampling ×2 → SR (3×3, 12→3). All convolutions zero-pad ("same"),
/// no activation unless named. Input and output of <see cref="forward"/> are RGB in [0, 1], shaped [N, 3, H, W]; inside,
/// values are multiplied by <see cref="InputRange"/> (255: the package declares inputRange and outputRange [0, 255]).
/// Introduced in lesson 25.
/// </summary>
public sealed class EsrganSlim : Module<Tensor, Tensor>
{
    /// <summary>The Keras layer names of the convolutions, in the order of model.json. Introduced in lesson 25.</summary>
    public static readonly string[] ConvolutionNames =
        ["F_m1", "F_0", "F_1_1", "LFF_1", "F_2_1", "LFF_2", "GFF_1", "GFF_2", "UPN1", "UPN2", "UPN3", "SR"];

    private readonly Module<Tensor, Tensor> F_m1, F_0, F_1_1, LFF_1, F_2_1, LFF_2, GFF_1, GFF_2, UPN1, UPN2, UPN3, SR;

    /// <summary>The pixel value range the weights were trained on (the input is multiplied by it, the output divided).</summary>
    public double InputRange { get; }

    /// <summary>An untrained network of the package's architecture (load weights with <see cref="Load(string, double)"/>).</summary>
    public EsrganSlim(double inputRange = 255) : base(nameof(EsrganSlim))
    {
        if (inputRange <= 0) throw new ArgumentOutOfRangeException(nameof(inputRange), inputRange, "inputRange must be positive");
        InputRange = inputRange;
        static Module<Tensor, Tensor> C(long input, long output, int k) => Conv2d(input, output, kernel_size: k, padding: k / 2);
        F_m1 = C(3, 64, 3); F_0 = C(64, 64, 3);
        F_1_1 = C(64, 4, 3); LFF_1 = C(68, 64, 1);
        F_2_1 = C(64, 4, 3); LFF_2 = C(68, 64, 1);
        GFF_1 = C(128, 64, 1); GFF_2 = C(64, 64, 3);
        UPN1 = C(64, 64, 5); UPN2 = C(64, 32, 3); UPN3 = C(32, 12, 3); SR = C(12, 3, 3);
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        if (input.dim() != 4 || input.shape[1] != 3)
            throw new ArgumentException($"expected RGB images shaped [N, 3, H, W], got [{string.Join(", ", input.shape)}]", nameof(input));
        using var scope = NewDisposeScope();
        var fm1 = F_m1.call(input * InputRange);
        var f0 = F_0.call(fm1);
        var lrl1 = LFF_1.call(cat([f0, functional.relu(F_1_1.call(f0))], 1)) + f0;
        var lrl2 = LFF_2.call(cat([lrl1, functional.relu(F_2_1.call(lrl1))], 1)) + lrl1;
        var fdf = GFF_2.call(GFF_1.call(cat([lrl1, lrl2], 1))) + fm1;
        var up = UPN3.call(functional.relu(UPN2.call(functional.relu(UPN1.call(fdf)))));
        up = up.repeat_interleave(2, 2).repeat_interleave(2, 3); // Keras UpSampling2D, nearest
        return (SR.call(up) / InputRange).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// Loads a TF.js layers model (model.json plus its weight shards, float32): checks that its convolution layers are the
    /// ones this class replicates, then copies each kernel, converting Keras' [kh, kw, in, out] (HWIO) layout to
    /// TorchSharp's [out, in, kh, kw] (OIHW), and each bias. Introduced in lesson 25.
    /// </summary>
    public static EsrganSlim Load(string modelJsonPath, double inputRange = 255) =>
        Load(modelJsonPath, shard => Path.Combine(Path.GetDirectoryName(modelJsonPath)!, shard), inputRange);

    /// <summary>The x2 model committed under data/esrgan-slim/x2 (files checked against data/README.md). Introduced in lesson 25.</summary>
    public static EsrganSlim FromDataFiles() =>
        Load(DataFiles.PathOf("esrgan-slim/x2/model.json"), shard => DataFiles.PathOf($"esrgan-slim/x2/{shard}"));

    private static EsrganSlim Load(string modelJsonPath, Func<string, string> shardPath, double inputRange = 255)
    {
        ArgumentNullException.ThrowIfNull(modelJsonPath);
        if (!File.Exists(modelJsonPath)) throw new ArgumentException($"model.json not found at {modelJsonPath}", nameof(modelJsonPath));
        using var json = JsonDocument.Parse(File.ReadAllText(modelJsonPath));
        var root = json.RootElement;
        var convs = root.GetProperty("modelTopology").GetProperty("model_config").GetProperty("config").GetProperty("layers").EnumerateArray()
            .Where(l => l.GetProperty("class_name").GetString() == "Conv2D").Select(l => l.GetProperty("name").GetString()!).ToArray();
        if (!convs.SequenceEqual(ConvolutionNames))
            throw new ArgumentException($"{modelJsonPath} has convolutions [{string.Join(", ", convs)}], expected [{string.Join(", ", ConvolutionNames)}]", nameof(modelJsonPath));
        var weights = new Dictionary<string, (long[] Shape, float[] Values)>();
        foreach (var group in root.GetProperty("weightsManifest").EnumerateArray())
        {
            var bytes = group.GetProperty("paths").EnumerateArray().SelectMany(p => File.ReadAllBytes(shardPath(p.GetString()!))).ToArray();
            var offset = 0;
            foreach (var w in group.GetProperty("weights").EnumerateArray())
            {
                if (w.GetProperty("dtype").GetString() != "float32")
                    throw new ArgumentException($"weight {w.GetProperty("name").GetString()} is {w.GetProperty("dtype").GetString()}, only float32 is supported", nameof(modelJsonPath));
                var shape = w.GetProperty("shape").EnumerateArray().Select(d => d.GetInt64()).ToArray();
                var count = (int)shape.Aggregate(1L, (a, b) => a * b);
                if (offset + 4 * count > bytes.Length)
                    throw new ArgumentException($"the weight shards end before weight {w.GetProperty("name").GetString()} ({bytes.Length} bytes)", nameof(modelJsonPath));
                var values = new float[count];
                Buffer.BlockCopy(bytes, offset, values, 0, 4 * count); // little-endian float32, as TF.js writes them
                offset += 4 * count;
                weights[w.GetProperty("name").GetString()!] = (shape, values);
            }
            if (offset != bytes.Length) throw new ArgumentException($"the weight shards have {bytes.Length} bytes, the manifest describes {offset}", nameof(modelJsonPath));
        }
        var model = new EsrganSlim(inputRange);
        var parameters = model.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        using (no_grad())
            foreach (var name in ConvolutionNames)
            {
                if (!weights.TryGetValue($"{name}/kernel", out var kernel) || !weights.TryGetValue($"{name}/bias", out var bias))
                    throw new ArgumentException($"the manifest has no {name}/kernel or {name}/bias", nameof(modelJsonPath));
                using var hwio = tensor(kernel.Values).reshape(kernel.Shape);
                using var oihw = hwio.permute(3, 2, 0, 1).contiguous();
                Copy(parameters[$"{name}.weight"], oihw, name);
                using var b = tensor(bias.Values).reshape(bias.Shape);
                Copy(parameters[$"{name}.bias"], b, name);
            }
        model.eval();
        return model;
    }

    private static void Copy(Tensor target, Tensor source, string layer)
    {
        if (!target.shape.SequenceEqual(source.shape))
            throw new ArgumentException($"layer {layer}: file shape [{string.Join(", ", source.shape)}], network expects [{string.Join(", ", target.shape)}]");
        target.copy_(source);
    }

    /// <summary>
    /// Enlarges one RGB image given as planes in [0, 1] ([3, H, W] row-major, as <c>PngImage.ToRgbPlanes</c> gives) by 2;
    /// output planes clamped to [0, 1]. Introduced in lesson 25.
    /// </summary>
    public float[] Upscale(float[] rgbPlanes, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(rgbPlanes);
        if (width < 1 || height < 1 || rgbPlanes.Length != 3 * width * height)
            throw new ArgumentException($"rgbPlanes has {rgbPlanes.Length} values, expected 3x{height}x{width}", nameof(rgbPlanes));
        using var _ = no_grad();
        using var scope = NewDisposeScope();
        var wasTraining = training;
        eval();
        var output = call(tensor(rgbPlanes).reshape(1, 3, height, width)).clamp(0, 1);
        if (wasTraining) train();
        return output.flatten().data<float>().ToArray();
    }
}
