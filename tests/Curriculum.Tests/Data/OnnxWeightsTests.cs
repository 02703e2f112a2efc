using System.Text;
using Curriculum.Data;

namespace Curriculum.Tests.Data;

public class OnnxWeightsTests
{
    private static byte[] Key(int field, int wire) => [(byte)(field << 3 | wire)];
    private static byte[] Bytes(int field, byte[] content) => [.. Key(field, 2), (byte)content.Length, .. content];
    private static byte[] Text(int field, string s) => Bytes(field, Encoding.UTF8.GetBytes(s));
    private static byte[] Varint(int field, byte value) => [.. Key(field, 0), value];

    [Fact]
    public void Parses_a_hand_built_model()
    {
        // NodeProto: input "x", input "w", output "y", op_type "Conv", attribute { name "strides", ints 2, ints 2 } (unpacked).
        byte[] attribute = [.. Text(1, "strides"), .. Varint(8, 2), .. Varint(8, 2)];
        byte[] node = [.. Text(1, "x"), .. Text(1, "w"), .. Text(2, "y"), .. Text(4, "Conv"), .. Bytes(5, attribute)];
        // TensorProto: dims 1, dims 2, data_type 1 (float), name "w", raw_data = 1.5f, -2f little-endian.
        byte[] raw = [.. BitConverter.GetBytes(1.5f), .. BitConverter.GetBytes(-2f)];
        byte[] init = [.. Varint(1, 1), .. Varint(1, 2), .. Varint(2, 1), .. Text(8, "w"), .. Bytes(9, raw)];
        // GraphProto: node, initializer, input "x" and "w" (ValueInfoProto name), output "y".
        byte[] graph = [.. Bytes(1, node), .. Bytes(5, init), .. Bytes(11, Text(1, "x")), .. Bytes(11, Text(1, "w")), .. Bytes(12, Text(1, "y"))];
        byte[] model = [.. Varint(1, 3), .. Bytes(7, graph)];

        var g = OnnxWeights.Parse(model);

        var n = Assert.Single(g.Nodes);
        Assert.Equal("Conv", n.OpType);
        Assert.Equal(new[] { "x", "w" }, n.Inputs);
        Assert.Equal(new[] { "y" }, n.Outputs);
        Assert.Equal(new long[] { 2, 2 }, n.Ints["strides"]);
        var w = g.Initializers["w"];
        Assert.Equal(new long[] { 1, 2 }, w.Dims);
        Assert.Equal(new[] { 1.5f, -2f }, w.Values);
        Assert.Equal(new[] { "x" }, g.Inputs); // initializers listed as inputs are not graph inputs
        Assert.Equal(new[] { "y" }, g.Outputs);
    }

    [Fact]
    public void WithOutputs_adds_an_intermediate_tensor_as_a_graph_output_and_keeps_the_rest()
    {
        // Two nodes: x -Relu-> h -Neg-> y. The model's fields around the graph (ir_version before, opset after) stay.
        byte[] relu = [.. Text(1, "x"), .. Text(2, "h"), .. Text(4, "Relu")];
        byte[] neg = [.. Text(1, "h"), .. Text(2, "y"), .. Text(4, "Neg")];
        byte[] graph = [.. Bytes(1, relu), .. Bytes(1, neg), .. Bytes(11, Text(1, "x")), .. Bytes(12, Text(1, "y"))];
        byte[] opset = Bytes(8, Varint(2, 13));
        byte[] model = [.. Varint(1, 8), .. Bytes(7, graph), .. opset];

        var edited = OnnxWeights.WithOutputs(model, ["h"]);

        var g = OnnxWeights.Parse(edited);
        Assert.Equal(["y", "h"], g.Outputs);
        Assert.Equal(["Relu", "Neg"], g.Nodes.Select(n => n.OpType));
        Assert.Equal(model[..2], edited[..2]);           // ir_version untouched
        Assert.Equal(opset, edited[^opset.Length..]);     // the opset import after the graph untouched
        // Appended to the graph: output (field 12) = ValueInfoProto { name "h", type { tensor_type { elem_type FLOAT } } }.
        Assert.Equal(new byte[] { 0x62, 0x09, 0x0A, 0x01, (byte)'h', 0x12, 0x04, 0x0A, 0x02, 0x08, 0x01 }, edited[^(opset.Length + 11)..^opset.Length]);
        Assert.Equal("names", Assert.Throws<ArgumentException>(() => OnnxWeights.WithOutputs(model, ["nope"])).ParamName);
    }

    [Fact]
    public void WithOutputs_on_the_packaged_MiniLM_lets_ONNX_Runtime_return_a_block_output()
    {
        // The real use (lesson 01): a 90 MB model whose graph field needs a multi-byte length prefix.
        var model = Curriculum.Text.SentenceEncoder.OnnxModel();
        var graph = OnnxWeights.Parse(model);
        var block5 = graph.Nodes.Single(n => n.OpType == "Add" && n.Inputs.Contains("encoder.layer.4.output.LayerNorm.bias")).Outputs[0];
        var edited = OnnxWeights.WithOutputs(model, [block5], graph);
        Assert.Equal([.. graph.Outputs, block5], OnnxWeights.Parse(edited).Outputs);
        using var session = new Microsoft.ML.OnnxRuntime.InferenceSession(edited);
        Assert.Contains(block5, session.OutputNames);
    }

    [Fact]
    public void A_tensor_whose_values_do_not_fill_its_shape_is_rejected()
    {
        byte[] init = [.. Varint(1, 3), .. Varint(2, 1), .. Text(8, "w"), .. Bytes(9, BitConverter.GetBytes(1f))];
        byte[] model = [.. Bytes(7, Bytes(5, init))];
        Assert.Contains("tensor w", Assert.Throws<ArgumentException>(() => OnnxWeights.Parse(model)).Message);
    }

    [Fact]
    public void Reads_the_packaged_resnet18()
    {
        var g = OnnxWeights.Read(PackageFiles.ResNet18Onnx);
        Assert.Equal(74, g.Nodes.Length);
        Assert.Equal(110, g.Initializers.Count);
        Assert.Equal(22, g.Nodes.Count(n => n.OpType == "Conv"));
        Assert.Equal(22, g.Nodes.Count(n => n.OpType == "BatchNormalization"));
        var first = g.Nodes[0];
        Assert.Equal(new long[] { 64, 3, 7, 7 }, g.Initializers[first.Inputs[1]].Dims);
        Assert.Equal(new long[] { 3, 3, 2, 2 }, first.Ints["pads"]);
        Assert.Equal(1e-5f, g.Nodes[1].Floats["epsilon"], 1e-9f);
    }

    [Fact]
    public void Missing_file_names_the_path() =>
        Assert.Contains("nope.onnx", Assert.Throws<ArgumentException>(() => OnnxWeights.Read("/tmp/nope.onnx")).Message);
}
