namespace Curriculum.Text;

/// <summary>
/// Keyword search, the classic baseline for semantic search: each document becomes a TF-IDF vector over its lower-cased
/// words (term count × idf, idf = ln((1 + N) / (1 + df)) + 1 as in scikit-learn, then scaled to length 1), and a query is
/// scored against every document by cosine similarity. Only shared words count. Introduced in lesson 26.
/// </summary>
public sealed class TfIdfSearch
{
    private readonly Dictionary<string, double> _idf;
    private readonly Dictionary<string, double>[] _documents;

    /// <summary>Indexes <paramref name="documents"/> (vocabulary and idf come from them). Introduced in lesson 26.</summary>
    public TfIdfSearch(IReadOnlyList<string> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0) throw new ArgumentException("need at least one document to index", nameof(documents));
        var words = documents.Select(SentimentLexicon.Words).ToArray();
        var df = new Dictionary<string, int>();
        foreach (var w in words.SelectMany(ws => ws.Distinct())) df[w] = df.GetValueOrDefault(w) + 1;
        _idf = df.ToDictionary(p => p.Key, p => Math.Log((1.0 + documents.Count) / (1.0 + p.Value)) + 1);
        _documents = words.Select(Vector).ToArray();
    }

    /// <summary>The inverse document frequency of a word (0 for a word no document contains).</summary>
    public double Idf(string word) => _idf.GetValueOrDefault(word.ToLowerInvariant());

    /// <summary>Cosine similarity of the query to every document, in document order. Introduced in lesson 26.</summary>
    public double[] Scores(string query)
    {
        var q = Vector(SentimentLexicon.Words(query));
        return _documents.Select(d => q.Sum(p => p.Value * d.GetValueOrDefault(p.Key))).ToArray();
    }

    /// <summary>Indices of the <paramref name="k"/> best-scoring documents, best first (ties: lower index first). Introduced in lesson 26.</summary>
    public int[] Search(string query, int k)
    {
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k), k, "k must be at least 1");
        var scores = Scores(query);
        return Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ThenBy(i => i).Take(k).ToArray();
    }

    private Dictionary<string, double> Vector(string[] words)
    {
        var v = new Dictionary<string, double>();
        foreach (var w in words)
            if (_idf.TryGetValue(w, out var idf)) v[w] = v.GetValueOrDefault(w) + idf;
        var norm = Math.Sqrt(v.Values.Sum(x => x * x));
        if (norm > 0) foreach (var key in v.Keys.ToArray()) v[key] /= norm;
        return v;
    }
}
