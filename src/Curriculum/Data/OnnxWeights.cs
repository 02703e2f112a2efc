using System.Text;

namespace Curriculum.Data;

/// <summary>One initializer (weight tensor) of an ONNX graph: name, shape, ONNX data type and float values.</summary>
public sealed record OnnxTensor(string Name, long[] Dims, int DataType, float[] Values);

/// <summary>One node of an ONNX graph: operator, input and output names, and its int / ints / float attributes.</summary>
public sealed record OnnxNode(string OpType, string[] Inputs, string[] Outputs, IReadOnlyDictionary<string, long[]> Ints, IReadOnlyDictionary<string, float> Floats);

/// <summary>The parts of an ONNX model a hand-written network needs: nodes in file order, initializers, graph inputs and outputs.</summary>
public sealed record OnnxGraph(OnnxNode[] Nodes, IReadOnlyDictionary<string, OnnxTensor> Initializers, string[] Inputs, string[] Outputs);

/// <summary>
/// A minimal protobuf reader for ONNX files: ModelProto (field 7 graph) → GraphProto (1 node, 5 initializer, 11 input,
/// 12 output) → NodeProto (1 input, 2 output, 4 op_type, 5 attribute) and TensorProto (1 dims, 2 data_type, 4 float_data,
/// 8 name, 9 raw_data). Only float32 tensors are decoded (others keep their shape with no values). Enough to take the
/// weights out of an ONNX model and run them in TorchSharp, where they can be differentiated. Introduced in lesson 24.
/// </summary>
public static class OnnxWeights
{
    /// <summary>Reads an .onnx file. Introduced in lesson 24.</summary>
    public static OnnxGraph Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new ArgumentException($"ONNX file not found: {path}", nameof(path));
        return Parse(File.ReadAllBytes(path));
    }

    /// <summary>Parses the bytes of a serialised ModelProto. Introduced in lesson 24.</summary>
    public static OnnxGraph Parse(byte[] model)
    {
        ArgumentNullException.ThrowIfNull(model);
        byte[]? graph = null;
        foreach (var (field, _, _, bytes) in Fields(model, 0, model.Length))
            if (field == 7) graph = bytes();
        if (graph is null) throw new ArgumentException("no graph (field 7) in the ModelProto", nameof(model));
        var nodes = new List<OnnxNode>();
        var inits = new Dictionary<string, OnnxTensor>();
        var inputs = new List<string>();
        var outputs = new List<string>();
        foreach (var (field, _, _, bytes) in Fields(graph, 0, graph.Length))
        {
            if (field == 1) nodes.Add(Node(bytes()));
            else if (field == 5) { var t = Tensor(bytes()); inits[t.Name] = t; }
            else if (field is 11 or 12)
            {
                var b = bytes();
                var name = Fields(b, 0, b.Length).Where(f => f.Field == 1).Select(f => Encoding.UTF8.GetString(f.Bytes())).FirstOrDefault() ?? "";
                (field == 11 ? inputs : outputs).Add(name);
            }
        }
        return new OnnxGraph(nodes.ToArray(), inits, inputs.Where(n => !inits.ContainsKey(n)).ToArray(), outputs.ToArray());
    }

    private static OnnxNode Node(byte[] b)
    {
        var inputs = new List<string>(); var outputs = new List<string>(); var op = "";
        var ints = new Dictionary<string, long[]>(); var floats = new Dictionary<string, float>();
        foreach (var (field, _, _, bytes) in Fields(b, 0, b.Length))
        {
            if (field == 1) inputs.Add(Encoding.UTF8.GetString(bytes()));
            else if (field == 2) outputs.Add(Encoding.UTF8.GetString(bytes()));
            else if (field == 4) op = Encoding.UTF8.GetString(bytes());
            else if (field == 5)
            {
                var a = bytes(); var name = ""; var values = new List<long>(); float? f = null;
                foreach (var (af, wire, value, ab) in Fields(a, 0, a.Length))
                {
                    if (af == 1) name = Encoding.UTF8.GetString(ab());
                    else if (af == 2 && wire == 5) f = BitConverter.ToSingle(BitConverter.GetBytes((uint)value));
                    else if (af == 3 && wire == 0) values.Add((long)value);
                    else if (af == 8 && wire == 0) values.Add((long)value);
                    else if (af == 8 && wire == 2) values.AddRange(Varints(ab()));
                }
                if (f is { } fv) floats[name] = fv;
                else if (values.Count > 0) ints[name] = values.ToArray();
            }
        }
        return new OnnxNode(op, inputs.ToArray(), outputs.ToArray(), ints, floats);
    }

    private static OnnxTensor Tensor(byte[] b)
    {
        var dims = new List<long>(); var type = 0; var name = ""; byte[]? raw = null; var floats = new List<float>();
        foreach (var (field, wire, value, bytes) in Fields(b, 0, b.Length))
        {
            if (field == 1 && wire == 0) dims.Add((long)value);
            else if (field == 1 && wire == 2) dims.AddRange(Varints(bytes()));
            else if (field == 2) type = (int)value;
            else if (field == 4 && wire == 5) floats.Add(BitConverter.ToSingle(BitConverter.GetBytes((uint)value)));
            else if (field == 4 && wire == 2) { var p = bytes(); for (var i = 0; i + 4 <= p.Length; i += 4) floats.Add(BitConverter.ToSingle(p, i)); }
            else if (field == 8) name = Encoding.UTF8.GetString(bytes());
            else if (field == 9) raw = bytes();
        }
        float[] values = type != 1 ? [] : raw is not null ? Enumerable.Range(0, raw.Length / 4).Select(i => BitConverter.ToSingle(raw, 4 * i)).ToArray() : floats.ToArray();
        var count = dims.Aggregate(1L, (x, y) => x * y);
        if (type == 1 && values.Length != count)
            throw new ArgumentException($"tensor {name} has shape [{string.Join(", ", dims)}] ({count} values) but {values.Length} float values");
        return new OnnxTensor(name, dims.ToArray(), type, values);
    }

    private static IEnumerable<long> Varints(byte[] b)
    {
        var i = 0;
        while (i < b.Length) yield return (long)Varint(b, ref i);
    }

    private static ulong Varint(byte[] b, ref int i)
    {
        ulong result = 0;
        for (var shift = 0; ; shift += 7)
        {
            if (i >= b.Length) throw new ArgumentException("truncated varint in the protobuf data");
            var c = b[i++];
            result |= (ulong)(c & 0x7f) << shift;
            if (c < 0x80) return result;
        }
    }

    /// <summary>
    /// The model with more graph outputs: each named float tensor inside the graph (an intermediate result such as a
    /// block's output) becomes an output ONNX Runtime returns, so one run gives both the final and the intermediate
    /// values. The graph's bytes get the new output entries appended (protobuf concatenates repeated fields), and the
    /// graph field's length is rewritten; nothing else changes.
    /// </summary>
    internal static byte[] WithOutputs(byte[] model, string[] names, OnnxGraph? parsed = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(names);
        var graph = parsed ?? Parse(model); // the caller's parse of the same bytes saves a second pass over 90 MB
        var known = graph.Nodes.SelectMany(n => n.Outputs).ToHashSet();
        foreach (var name in names)
            if (!known.Contains(name)) throw new ArgumentException($"the graph computes no tensor named \"{name}\"", nameof(names));
        // ValueInfoProto { name = 1, type = 2: TypeProto { tensor_type = 1: { elem_type = 1: FLOAT (1) } } }.
        var extra = names.SelectMany(name =>
        {
            var n = Encoding.UTF8.GetBytes(name);
            byte[] type = [0x0A, 0x02, 0x08, 0x01];
            byte[] info = [0x0A, .. VarintBytes((ulong)n.Length), .. n, 0x12, .. VarintBytes((ulong)type.Length), .. type];
            return (byte[])[0x62, .. VarintBytes((ulong)info.Length), .. info]; // field 12 (output), wire type 2
        }).ToArray();
        var i = 0;
        while (i < model.Length)
        {
            var keyStart = i;
            var key = Varint(model, ref i);
            switch (key & 7)
            {
                case 0: Varint(model, ref i); break;
                case 1: i += 8; break;
                case 5: i += 4; break;
                case 2:
                {
                    var n = (int)Varint(model, ref i);
                    if (key >> 3 == 7)
                        return [.. model[..keyStart], 0x3A, .. VarintBytes((ulong)(n + extra.Length)), .. model[i..(i + n)], .. extra, .. model[(i + n)..]];
                    i += n;
                    break;
                }
                default: throw new ArgumentException($"unsupported protobuf wire type {key & 7} at byte {keyStart}", nameof(model));
            }
        }
        throw new ArgumentException("no graph (field 7) in the ModelProto", nameof(model));
    }

    private static byte[] VarintBytes(ulong value)
    {
        var bytes = new List<byte>();
        do
        {
            var b = (byte)(value & 0x7F);
            value >>= 7;
            bytes.Add(value == 0 ? b : (byte)(b | 0x80));
        } while (value != 0);
        return bytes.ToArray();
    }

    /// <summary>
    /// The top-level fields of a protobuf message: field number, wire type, the value (varint, or the raw bits of a
    /// fixed32/fixed64) and a function giving a length-delimited field's bytes. Introduced in lesson 24.
    /// </summary>
    public static IEnumerable<(int Field, int Wire, ulong Value, Func<byte[]> Bytes)> Fields(byte[] b, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(b);
        var i = start;
        while (i < end)
        {
            var key = Varint(b, ref i);
            int field = (int)(key >> 3), wire = (int)(key & 7);
            switch (wire)
            {
                case 0: { var v = Varint(b, ref i); yield return (field, wire, v, () => []); break; }
                case 1: { var v = BitConverter.ToUInt64(b, i); i += 8; yield return (field, wire, v, () => []); break; }
                case 5: { var v = BitConverter.ToUInt32(b, i); i += 4; yield return (field, wire, v, () => []); break; }
                case 2:
                {
                    var n = (int)Varint(b, ref i);
                    if (i + n > end) throw new ArgumentException($"field {field} claims {n} bytes, only {end - i} left");
                    var at = i; i += n;
                    yield return (field, wire, (ulong)n, () => b[at..(at + n)]);
                    break;
                }
                default: throw new ArgumentException($"unsupported protobuf wire type {wire} for field {field} at byte {i}");
            }
        }
    }
}
