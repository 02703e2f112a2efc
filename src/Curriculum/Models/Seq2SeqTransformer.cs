using Curriculum.Text;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Curriculum.Models;

/// <summary>
/// An encoder-decoder Transformer for translation (Vaswani et al. 2017, "Attention Is All You Need"): token embeddings
/// scaled by √d plus sinusoidal positions; TorchSharp's <c>nn.TransformerEncoder</c> over the source with a padding
/// mask; <see cref="TranslationDecoderLayer"/>s over the target with a causal mask (no position sees a later one) and
/// padding masks; a linear layer to target-vocabulary logits. <c>forward(source [N, S], targetIn [N, T])</c> returns
/// logits [N, T, V] — teacher forcing: the decoder reads the true previous tokens. Padding id is
/// <see cref="TranslationVocabulary.Pad"/>. Introduced in lesson 08.
/// </summary>
public sealed class Seq2SeqTransformer : Module<Tensor, Tensor, Tensor>
{
    private readonly Embedding sourceEmbedding, targetEmbedding;
    private readonly TransformerEncoder encoder;
    private readonly ModuleList<TranslationDecoderLayer> decoder;
    private readonly Linear output;
    private readonly Dropout dropout;
    private readonly Tensor positions;

    public int ModelSize { get; }
    public int MaxLength { get; }
    public int TargetVocabulary { get; }

    public Seq2SeqTransformer(int sourceVocabulary, int targetVocabulary, int modelSize = 64, int heads = 4, int encoderLayers = 2,
        int decoderLayers = 2, int feedForward = 128, double dropoutRate = 0.1, int maxLength = 64) : base(nameof(Seq2SeqTransformer))
    {
        if (sourceVocabulary <= TranslationVocabulary.Unk) throw new ArgumentOutOfRangeException(nameof(sourceVocabulary), sourceVocabulary, "must exceed the 4 special tokens");
        if (targetVocabulary <= TranslationVocabulary.Unk) throw new ArgumentOutOfRangeException(nameof(targetVocabulary), targetVocabulary, "must exceed the 4 special tokens");
        if (modelSize <= 0 || modelSize % 2 != 0) throw new ArgumentOutOfRangeException(nameof(modelSize), modelSize, "must be positive and even (sine/cosine pairs)");
        if (encoderLayers <= 0 || decoderLayers <= 0) throw new ArgumentOutOfRangeException(nameof(encoderLayers), "need at least one encoder and one decoder layer");
        if (maxLength <= 0) throw new ArgumentOutOfRangeException(nameof(maxLength), maxLength, "must be positive");
        ModelSize = modelSize;
        MaxLength = maxLength;
        TargetVocabulary = targetVocabulary;
        sourceEmbedding = Embedding(sourceVocabulary, modelSize, padding_idx: TranslationVocabulary.Pad);
        targetEmbedding = Embedding(targetVocabulary, modelSize, padding_idx: TranslationVocabulary.Pad);
        encoder = TransformerEncoder(TransformerEncoderLayer(modelSize, heads, feedForward, dropoutRate), encoderLayers);
        decoder = new ModuleList<TranslationDecoderLayer>();
        for (var i = 0; i < decoderLayers; i++) decoder.Add(new TranslationDecoderLayer(modelSize, heads, feedForward, dropoutRate));
        output = Linear(modelSize, targetVocabulary);
        dropout = Dropout(dropoutRate);
        positions = SinusoidalPositions(maxLength, modelSize);
        RegisterComponents();
    }

    /// <summary>
    /// The sinusoidal position table [length, size]: PE[p, 2i] = sin(p / 10000^(2i/size)), PE[p, 2i+1] = cos(same).
    /// Introduced in lesson 08.
    /// </summary>
    public static Tensor SinusoidalPositions(int length, int size)
    {
        if (length <= 0) throw new ArgumentOutOfRangeException(nameof(length), length, "must be positive");
        if (size <= 0 || size % 2 != 0) throw new ArgumentOutOfRangeException(nameof(size), size, "must be positive and even");
        var table = new float[length * size];
        for (var p = 0; p < length; p++)
            for (var i = 0; i < size / 2; i++)
            {
                var angle = p / Math.Pow(10000, 2.0 * i / size);
                table[p * size + 2 * i] = (float)Math.Sin(angle);
                table[p * size + 2 * i + 1] = (float)Math.Cos(angle);
            }
        return tensor(table, [length, size]);
    }

    /// <summary>The causal mask [length, length]: 0 on and below the diagonal, -∞ above (position t may not attend to t+1…). Introduced in lesson 08.</summary>
    public static Tensor CausalMask(int length)
    {
        if (length <= 0) throw new ArgumentOutOfRangeException(nameof(length), length, "must be positive");
        return triu(full(length, length, float.NegativeInfinity), 1);
    }

    /// <summary>Encodes source ids [N, S]: memory [S, N, d] and the source padding mask [N, S] (true at padding). Introduced in lesson 08.</summary>
    public (Tensor Memory, Tensor SourcePadding) Encode(Tensor source)
    {
        CheckIds(source, nameof(source));
        using var scope = NewDisposeScope();
        var padding = source.eq(TranslationVocabulary.Pad);
        var x = Embed(sourceEmbedding, source);
        var memory = encoder.call(x, null!, padding);
        return (memory.MoveToOuterDisposeScope(), padding.MoveToOuterDisposeScope());
    }

    /// <summary>
    /// Decodes target-so-far ids [N, T] against an encoded source: logits [N, T, V] for the next token at every position,
    /// and the last decoder layer's cross-attention weights [N, T, S]. Introduced in lesson 08.
    /// </summary>
    public (Tensor Logits, Tensor CrossAttention) Decode(Tensor memory, Tensor sourcePadding, Tensor targetIn)
    {
        CheckIds(targetIn, nameof(targetIn));
        using var scope = NewDisposeScope();
        var length = (int)targetIn.shape[1];
        var causal = CausalMask(length);
        var targetPadding = targetIn.eq(TranslationVocabulary.Pad);
        var y = Embed(targetEmbedding, targetIn);
        Tensor weights = null!;
        foreach (var layer in decoder) (y, weights) = layer.forward(y, memory, causal, targetPadding, sourcePadding);
        var logits = output.call(y).transpose(0, 1);
        return (logits.MoveToOuterDisposeScope(), weights.MoveToOuterDisposeScope());
    }

    public override Tensor forward(Tensor source, Tensor targetIn)
    {
        using var scope = NewDisposeScope();
        var (memory, padding) = Encode(source);
        return Decode(memory, padding, targetIn).Logits.MoveToOuterDisposeScope();
    }

    /// <summary>
    /// Greedy translation of a batch of source ids [N, S]: start from &lt;bos&gt; and append the most likely token until
    /// every row has produced &lt;eos&gt; or <paramref name="maxLength"/> tokens. Returns each row's ids (without
    /// &lt;bos&gt;). Introduced in lesson 08.
    /// </summary>
    public long[][] TranslateGreedy(Tensor source, int maxLength)
    {
        if (maxLength <= 0 || maxLength >= MaxLength) throw new ArgumentOutOfRangeException(nameof(maxLength), maxLength, $"must be in 1..{MaxLength - 1}");
        var wasTraining = training;
        eval();
        try
        {
            using var noGrad = no_grad();
            using var scope = NewDisposeScope();
            var (memory, padding) = Encode(source);
            var n = source.shape[0];
            var ys = full(n, 1, TranslationVocabulary.Bos, ScalarType.Int64);
            for (var t = 0; t < maxLength; t++)
            {
                var next = Decode(memory, padding, ys).Logits.select(1, -1).argmax(-1);
                ys = cat([ys, next.unsqueeze(1)], 1);
                if (ys.eq(TranslationVocabulary.Eos).any(1).all().item<bool>()) break;
            }
            var data = ys.data<long>().ToArray();
            var width = (int)ys.shape[1];
            return Enumerable.Range(0, (int)n).Select(i => data.Skip(i * width + 1).Take(width - 1).ToArray()).ToArray();
        }
        finally { train(wasTraining); }
    }

    /// <summary>
    /// Beam-search translation of one sentence's source ids [1, S] with <see cref="BeamSearch.Search"/>: the decoder
    /// scores all live prefixes in one batch. Returns the best hypothesis. Introduced in lesson 08.
    /// </summary>
    public Hypothesis TranslateBeam(Tensor source, int beamWidth, int maxLength, double lengthPenalty = 0)
    {
        if (source.dim() != 2 || source.shape[0] != 1) throw new ArgumentException($"expected one sentence [1, S], got [{string.Join(", ", source.shape)}]", nameof(source));
        if (maxLength <= 0 || maxLength >= MaxLength) throw new ArgumentOutOfRangeException(nameof(maxLength), maxLength, $"must be in 1..{MaxLength - 1}");
        var wasTraining = training;
        eval();
        try
        {
            using var noGrad = no_grad();
            using var outer = NewDisposeScope();
            var (memory, padding) = Encode(source);
            double[][] Step(IReadOnlyList<int[]> prefixes)
            {
                using var scope = NewDisposeScope();
                var b = prefixes.Count;
                var ys = tensor(prefixes.SelectMany(p => p.Select(v => (long)v)).ToArray(), [b, prefixes[0].Length], ScalarType.Int64);
                var logits = Decode(memory.expand(-1, b, -1), padding.expand(b, -1), ys).Logits.select(1, -1);
                var logp = functional.log_softmax(logits, -1).to_type(ScalarType.Float64).data<double>().ToArray();
                var v = (int)logits.shape[1];
                return Enumerable.Range(0, b).Select(i => logp[(i * v)..((i + 1) * v)]).ToArray();
            }
            return BeamSearch.Search(Step, TranslationVocabulary.Bos, TranslationVocabulary.Eos, beamWidth, maxLength, lengthPenalty)[0];
        }
        finally { train(wasTraining); }
    }

    private Tensor Embed(Embedding embedding, Tensor ids)
    {
        var length = ids.shape[1];
        if (length > MaxLength) throw new ArgumentException($"sequences of {length} tokens exceed maxLength {MaxLength}", nameof(ids));
        var x = embedding.call(ids) * Math.Sqrt(ModelSize) + positions.narrow(0, 0, length);
        return dropout.call(x).transpose(0, 1);
    }

    private static void CheckIds(Tensor ids, string name)
    {
        ArgumentNullException.ThrowIfNull(ids, name);
        if (ids.dim() != 2 || ids.dtype != ScalarType.Int64)
            throw new ArgumentException($"expected int64 token ids [batch, length], got {ids.dtype} [{string.Join(", ", ids.shape)}]", name);
    }
}
