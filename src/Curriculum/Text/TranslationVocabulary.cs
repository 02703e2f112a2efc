using TorchSharp;
using static TorchSharp.torch;

namespace Curriculum.Text;

/// <summary>
/// A token ↔ id table for one language of a translation model, with four special tokens at fixed ids: padding 0,
/// begin-of-sentence 1, end-of-sentence 2, unknown 3. Built from training sentences only, so a word seen only in test
/// data maps to &lt;unk&gt;. Introduced in lesson 08.
/// </summary>
public sealed class TranslationVocabulary
{
    public const int Pad = 0, Bos = 1, Eos = 2, Unk = 3;
    private static readonly string[] Specials = ["<pad>", "<bos>", "<eos>", "<unk>"];
    private readonly List<string> _tokens = new(Specials);
    private readonly Dictionary<string, int> _ids = new();

    /// <summary>The vocabulary of every token in <paramref name="sentences"/>, in order of first appearance. Introduced in lesson 08.</summary>
    public TranslationVocabulary(IEnumerable<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        for (var i = 0; i < Specials.Length; i++) _ids[Specials[i]] = i;
        foreach (var sentence in sentences)
            foreach (var token in sentence)
                if (!_ids.ContainsKey(token))
                {
                    _ids[token] = _tokens.Count;
                    _tokens.Add(token);
                }
    }

    /// <summary>Number of ids, the four special tokens included.</summary>
    public int Count => _tokens.Count;

    /// <summary>The token of an id.</summary>
    public string this[int id] => id >= 0 && id < _tokens.Count ? _tokens[id] : throw new ArgumentOutOfRangeException(nameof(id), id, $"ids run from 0 to {_tokens.Count - 1}");

    /// <summary>Ids of the tokens (unknown tokens → <see cref="Unk"/>), wrapped in &lt;bos&gt; … &lt;eos&gt;. Introduced in lesson 08.</summary>
    public int[] Encode(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return [Bos, .. tokens.Select(t => _ids.GetValueOrDefault(t, Unk)), Eos];
    }

    /// <summary>Tokens of the ids, stopping at the first &lt;eos&gt; and skipping &lt;bos&gt; and padding. Introduced in lesson 08.</summary>
    public string[] Decode(IEnumerable<long> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ids.TakeWhile(id => id != Eos).Where(id => id != Bos && id != Pad).Select(id => this[(int)id]).ToArray();
    }

    /// <summary>
    /// A [sentences, length] int64 tensor of encoded sentences (with &lt;bos&gt; and &lt;eos&gt;), right-padded with
    /// <see cref="Pad"/> to the longest. Introduced in lesson 08.
    /// </summary>
    public Tensor ToTensor(IEnumerable<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var encoded = sentences.Select(Encode).ToArray();
        if (encoded.Length == 0) throw new ArgumentException("need at least one sentence", nameof(sentences));
        var length = encoded.Max(e => e.Length);
        var data = new long[encoded.Length * length];
        for (var i = 0; i < encoded.Length; i++)
            for (var j = 0; j < encoded[i].Length; j++) data[i * length + j] = encoded[i][j];
        return tensor(data, [encoded.Length, length], ScalarType.Int64);
    }
}
