namespace Curriculum.Text;

/// <summary>
/// Byte-pair encoding (Sennrich et al. 2016, the idea behind GPT-2's tokenizer) trained from scratch: start from single
/// characters (each word ends with the marker "&lt;/w&gt;"), and repeatedly merge the most frequent adjacent pair of symbols in
/// the corpus into a new symbol, recording each merge. Tokenising a word replays the merges in the order learned. Frequent
/// words end up as one token, rare words as several pieces, and no word is ever "unknown". Introduced in lesson 26.
/// </summary>
public sealed class BytePairEncoding
{
    /// <summary>The end-of-word marker appended to every word before merging. Introduced in lesson 26.</summary>
    public const string EndOfWord = "</w>";

    private readonly Dictionary<(string, string), int> _rank;

    private BytePairEncoding(List<(string Left, string Right)> merges)
    {
        Merges = merges;
        _rank = merges.Select((m, i) => (m, i)).ToDictionary(p => p.m, p => p.i);
    }

    /// <summary>The merges in the order they were learned.</summary>
    public IReadOnlyList<(string Left, string Right)> Merges { get; }

    /// <summary>
    /// Learns <paramref name="mergeCount"/> merges from the words of <paramref name="texts"/> (lower-cased, split as
    /// <see cref="SentimentLexicon.Words"/> does). Ties between equally frequent pairs go to the pair first in ordinal
    /// order, so training is deterministic; <paramref name="progress"/> is told the number of merges so far. Introduced in lesson 26.
    /// </summary>
    public static BytePairEncoding Train(IEnumerable<string> texts, int mergeCount, Action<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (mergeCount < 0) throw new ArgumentOutOfRangeException(nameof(mergeCount), mergeCount, "mergeCount must be 0 or more");
        var counts = new Dictionary<string, int>();
        foreach (var text in texts)
            foreach (var w in SentimentLexicon.Words(text))
                counts[w] = counts.GetValueOrDefault(w) + 1;
        return TrainOnWordCounts(counts, mergeCount, progress);
    }

    /// <summary>Learns merges from word frequencies directly (the textbook formulation). Introduced in lesson 26.</summary>
    public static BytePairEncoding TrainOnWordCounts(IReadOnlyDictionary<string, int> wordCounts, int mergeCount, Action<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(wordCounts);
        if (mergeCount < 0) throw new ArgumentOutOfRangeException(nameof(mergeCount), mergeCount, "mergeCount must be 0 or more");
        var words = wordCounts.Where(p => p.Key.Length > 0 && p.Value > 0)
            .Select(p => (Symbols: p.Key.Select(c => c.ToString()).Append(EndOfWord).ToList(), Count: p.Value)).ToList();
        var merges = new List<(string, string)>();
        for (var m = 0; m < mergeCount; m++)
        {
            var pairs = new Dictionary<(string, string), int>();
            foreach (var (symbols, count) in words)
                for (var i = 0; i + 1 < symbols.Count; i++)
                    pairs[(symbols[i], symbols[i + 1])] = pairs.GetValueOrDefault((symbols[i], symbols[i + 1])) + count;
            if (pairs.Count == 0) break;
            var best = default((string, string));
            var bestCount = -1;
            foreach (var (pair, count) in pairs)
                if (count > bestCount || (count == bestCount && Before(pair, best))) { best = pair; bestCount = count; }
            merges.Add(best);
            foreach (var (symbols, _) in words) Apply(symbols, best);
            progress?.Invoke(merges.Count);
        }
        return new BytePairEncoding(merges);
    }

    /// <summary>The pieces of one word (the last one ends with "&lt;/w&gt;"). Introduced in lesson 26.</summary>
    public string[] TokenizeWord(string word)
    {
        ArgumentException.ThrowIfNullOrEmpty(word);
        var symbols = word.Select(c => c.ToString()).Append(EndOfWord).ToList();
        while (true)
        {
            var bestRank = int.MaxValue;
            (string, string) best = default;
            for (var i = 0; i + 1 < symbols.Count; i++)
                if (_rank.TryGetValue((symbols[i], symbols[i + 1]), out var r) && r < bestRank) { bestRank = r; best = (symbols[i], symbols[i + 1]); }
            if (bestRank == int.MaxValue) return symbols.ToArray();
            Apply(symbols, best);
        }
    }

    /// <summary>The pieces of every word of <paramref name="text"/>, in order. Introduced in lesson 26.</summary>
    public string[] Tokenize(string text) => SentimentLexicon.Words(text).SelectMany(TokenizeWord).ToArray();

    private static bool Before((string, string) a, (string, string) b)
    {
        var first = string.CompareOrdinal(a.Item1, b.Item1);
        return first < 0 || (first == 0 && string.CompareOrdinal(a.Item2, b.Item2) < 0);
    }

    private static void Apply(List<string> symbols, (string Left, string Right) merge)
    {
        for (var i = 0; i + 1 < symbols.Count; i++)
            if (symbols[i] == merge.Left && symbols[i + 1] == merge.Right)
            {
                symbols[i] = merge.Left + merge.Right;
                symbols.RemoveAt(i + 1);
            }
    }
}
