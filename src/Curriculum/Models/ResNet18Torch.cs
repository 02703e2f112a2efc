using Curriculum.Data;
using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Curriculum.Models;

/// <summary>
/// The ResNet18 of NuGet package Microsoft.ML.DnnImageFeaturizer.ResNet18 (a CNTK export: 22 convolutions without bias,
/// each followed by batch normalisation; 9 residual blocks in stages of [2, 2, 2, 3]; 512 pooled features) as a
/// differentiable TorchSharp module. The weights are the ONNX file's initializers, read with <see cref="OnnxWeights"/>
/// and registered as frozen buffers; <see cref="forward"/> walks the graph's nodes in file order (Conv with its
/// asymmetric pads, BatchNormalization in inference form, Relu, Add, MaxPool, and the final AveragePool taken as a global
/// average so other input sizes work). Input: [N, 3, H, W] BGR values 0–255 minus ImageNet's mean image (as
/// <c>ResNet18Features</c> prepares it). Introduced in lesson 24.
/// </summary>
public sealed class ResNet18Torch : Module<Tensor, Tensor>
{
    private readonly OnnxNode[] _nodes;
    private readonly string _input;
    private readonly Dictionary<string, Tensor> _weights = new();

    /// <summary>The graph's node output names, in order (e.g. to pick layers for style features).</summary>
    public IReadOnlyList<(string OpType, string Output)> Layers => _nodes.Select(n => (n.OpType, n.Outputs[0])).ToArray();

    /// <summary>Loads the graph and weights of an ONNX ResNet file (default: the pinned NuGet package's ResNet18.onnx). Introduced in lesson 24.</summary>
    public ResNet18Torch(string? onnxPath = null) : base(nameof(ResNet18Torch))
    {
        var graph = OnnxWeights.Read(onnxPath ?? PackageFiles.ResNet18Onnx);
        var unsupported = graph.Nodes.Select(n => n.OpType).Distinct().Except(["Conv", "BatchNormalization", "Relu", "Add", "MaxPool", "AveragePool"]).ToArray();
        if (unsupported.Length > 0) throw new ArgumentException($"unsupported ONNX operators: {string.Join(", ", unsupported)}", nameof(onnxPath));
        if (graph.Inputs.Length != 1) throw new ArgumentException($"expected one graph input, got {graph.Inputs.Length}", nameof(onnxPath));
        _nodes = graph.Nodes;
        _input = graph.Inputs[0];
        var k = 0;
        foreach (var (name, t) in graph.Initializers)
        {
            var w = tensor(t.Values).reshape(t.Dims);
            register_buffer($"w{k++}", w);
            _weights[name] = w;
        }
        RegisterComponents();
    }

    public override Tensor forward(Tensor input) => Activations(input, [_nodes[^1].Outputs[0]])[0];

    /// <summary>
    /// Runs the graph and returns the outputs of the named nodes (in the order asked), stopping after the last one
    /// needed. Differentiable with respect to <paramref name="input"/>. Introduced in lesson 24.
    /// </summary>
    public Tensor[] Activations(Tensor input, IReadOnlyList<string> outputs)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(outputs);
        if (input.dim() != 4 || input.shape[1] != 3)
            throw new ArgumentException($"expected BGR images shaped [N, 3, H, W], got [{string.Join(", ", input.shape)}]", nameof(input));
        var missing = outputs.Where(o => _nodes.All(n => n.Outputs[0] != o)).ToArray();
        if (missing.Length > 0) throw new ArgumentException($"no node outputs {string.Join(", ", missing)}", nameof(outputs));
        var last = outputs.Max(o => Array.FindIndex(_nodes, n => n.Outputs[0] == o));
        using var scope = NewDisposeScope();
        var values = new Dictionary<string, Tensor> { [_input] = input };
        Tensor V(string name) => _weights.TryGetValue(name, out var w) ? w : values[name];
        for (var i = 0; i <= last; i++)
        {
            var n = _nodes[i];
            values[n.Outputs[0]] = n.OpType switch
            {
                "Conv" => functional.conv2d(Pad(V(n.Inputs[0]), n), V(n.Inputs[1]), n.Inputs.Length > 2 ? V(n.Inputs[2]) : null, n.Ints["strides"], [0, 0],
                    n.Ints.GetValueOrDefault("dilations", [1, 1]), n.Ints.GetValueOrDefault("group", [1])[0]),
                "BatchNormalization" => BatchNorm(V(n.Inputs[0]), V(n.Inputs[1]), V(n.Inputs[2]), V(n.Inputs[3]), V(n.Inputs[4]), n.Floats.GetValueOrDefault("epsilon", 1e-5f)),
                "Relu" => functional.relu(V(n.Inputs[0])),
                "Add" => V(n.Inputs[0]) + V(n.Inputs[1]),
                "MaxPool" => functional.max_pool2d(Pad(V(n.Inputs[0]), n, float.NegativeInfinity), n.Ints["kernel_shape"], n.Ints["strides"]),
                _ /* AveragePool */ => V(n.Inputs[0]).mean([2, 3], keepdim: true),
            };
        }
        return outputs.Select(o => values[o].MoveToOuterDisposeScope()).ToArray();
    }

    private static Tensor BatchNorm(Tensor x, Tensor scale, Tensor bias, Tensor mean, Tensor variance, float epsilon)
    {
        var factor = (scale / (variance + epsilon).sqrt()).reshape(1, -1, 1, 1);
        return (x - mean.reshape(1, -1, 1, 1)) * factor + bias.reshape(1, -1, 1, 1);
    }

    // ONNX pads are [top, left, bottom, right]; TorchSharp's pad takes (left, right, top, bottom).
    private static Tensor Pad(Tensor x, OnnxNode n, float value = 0)
    {
        var p = n.Ints.GetValueOrDefault("pads", [0, 0, 0, 0]);
        return p.All(v => v == 0) ? x : functional.pad(x, [p[1], p[3], p[0], p[2]], PaddingModes.Constant, value);
    }
}
