namespace Curriculum.Text;

/// <summary>How an <see cref="NGramModel"/> gives probability to continuations it has not counted. Introduced in lesson 05.</summary>
public enum NGramSmoothing
{
    /// <summary>Add-k (Lidstone; k = 1 is Laplace): (count(h, c) + k) / (count(h) + k·V) on the longest context only.</summary>
    AddK,
    /// <summary>
    /// Interpolated absolute discounting (the core of Kneser-Ney): subtract a discount D from every seen count and give
    /// the freed mass, D·(distinct followers of h)/count(h), to the next-shorter context's distribution, down to uniform.
    /// </summary>
    Interpolated,
}

/// <summary>
/// A character n-gram language model over ids 0..V−1: counts of every context of length 0..order−1 and the character
/// that followed it, and a smoothed conditional distribution P(next | last order−1 characters) that always sums to 1.
/// Order 3 is a trigram (two characters of context). Introduced in lesson 05.
/// </summary>
public sealed class NGramModel
{
    private const int MaxVocabulary = 127, MaxOrder = 8;
    private readonly Dictionary<long, int> _counts = new(), _contextTotals = new(), _contextTypes = new();

    /// <param name="ids">Training text as vocabulary ids.</param>
    /// <param name="vocabularySize">V; ids must be in 0..V−1 (at most 127).</param>
    /// <param name="order">n: the model looks at the last n−1 characters (1..8).</param>
    /// <param name="smoothing">Add-k or interpolated absolute discounting.</param>
    /// <param name="k">Add-k's pseudo-count (> 0).</param>
    /// <param name="discount">Interpolation's discount D, in (0, 1].</param>
    public NGramModel(IReadOnlyList<int> ids, int vocabularySize, int order, NGramSmoothing smoothing = NGramSmoothing.Interpolated,
        double k = 0.1, double discount = 0.75)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (vocabularySize is < 1 or > MaxVocabulary) throw new ArgumentOutOfRangeException(nameof(vocabularySize), vocabularySize, $"must be 1..{MaxVocabulary}");
        if (order is < 1 or > MaxOrder) throw new ArgumentOutOfRangeException(nameof(order), order, $"must be 1..{MaxOrder}");
        if (!(k > 0)) throw new ArgumentOutOfRangeException(nameof(k), k, "the add-k pseudo-count must be positive");
        if (!(discount > 0 && discount <= 1)) throw new ArgumentOutOfRangeException(nameof(discount), discount, "the discount must be in (0, 1]");
        VocabularySize = vocabularySize;
        Order = order;
        Smoothing = smoothing;
        K = k;
        Discount = discount;
        for (var i = 0; i < ids.Count; i++)
        {
            var next = ids[i];
            if (next < 0 || next >= vocabularySize) throw new ArgumentException($"id {next} at position {i} is outside 0..{vocabularySize - 1}", nameof(ids));
            long context = 1;
            for (var m = 0; m < order && m <= i; m++)
            {
                if (m > 0) context = Extend(context, ids[i - m], m);
                var key = context * 128 + next;
                var seen = _counts.TryGetValue(key, out var c);
                _counts[key] = c + 1;
                _contextTotals[context] = _contextTotals.GetValueOrDefault(context) + 1;
                if (!seen) _contextTypes[context] = _contextTypes.GetValueOrDefault(context) + 1;
            }
        }
        TrainingLength = ids.Count;
    }

    private NGramModel(NGramModel counts, int order, NGramSmoothing smoothing, double k, double discount)
    {
        (_counts, _contextTotals, _contextTypes) = (counts._counts, counts._contextTotals, counts._contextTypes);
        (VocabularySize, Order, Smoothing, K, Discount, TrainingLength) = (counts.VocabularySize, order, smoothing, k, discount, counts.TrainingLength);
    }

    /// <summary>
    /// The same counts used as a model of a lower (or equal) order, or with other smoothing, without counting again (an
    /// order-n model holds the counts of every shorter context). Introduced in lesson 05.
    /// </summary>
    public NGramModel WithSettings(int order, NGramSmoothing smoothing, double? k = null, double? discount = null)
    {
        if (order < 1 || order > Order) throw new ArgumentOutOfRangeException(nameof(order), order, $"must be 1..{Order} (the order these counts were made for)");
        var kk = k ?? K;
        var d = discount ?? Discount;
        if (!(kk > 0)) throw new ArgumentOutOfRangeException(nameof(k), kk, "the add-k pseudo-count must be positive");
        if (!(d > 0 && d <= 1)) throw new ArgumentOutOfRangeException(nameof(discount), d, "the discount must be in (0, 1]");
        return new NGramModel(this, order, smoothing, kk, d);
    }

    public int VocabularySize { get; }
    public int Order { get; }
    public NGramSmoothing Smoothing { get; }
    public double K { get; }
    public double Discount { get; }
    public int TrainingLength { get; }

    /// <summary>Number of distinct (context, next) pairs counted, over all context lengths: the model's size.</summary>
    public int DistinctNGrams => _counts.Count;

    /// <summary>How often <paramref name="next"/> followed <paramref name="context"/> (context length below the order).</summary>
    public int Count(IReadOnlyList<int> context, int next)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Count >= Order) throw new ArgumentException($"a context has at most {Order - 1} characters", nameof(context));
        return _counts.GetValueOrDefault(Code(context, context.Count, context.Count) * 128 + next);
    }

    /// <summary>P(next | history): only the last order−1 ids of <paramref name="history"/> matter. Introduced in lesson 05.</summary>
    public double Probability(IReadOnlyList<int> history, int next)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (next < 0 || next >= VocabularySize) throw new ArgumentOutOfRangeException(nameof(next), next, $"must be 0..{VocabularySize - 1}");
        return Probability(history, history.Count, next);
    }

    /// <summary>The whole next-character distribution after <paramref name="history"/> (sums to 1). Introduced in lesson 05.</summary>
    public double[] Distribution(IReadOnlyList<int> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var p = new double[VocabularySize];
        for (var c = 0; c < p.Length; c++) p[c] = Probability(history, history.Count, c);
        return p;
    }

    /// <summary>
    /// Mean −log2 P(character | preceding characters) over a text (its first characters see shorter contexts): bits per
    /// character, the cross-entropy a compressor built on this model would reach. Introduced in lesson 05.
    /// </summary>
    public double BitsPerChar(IReadOnlyList<int> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0) throw new ArgumentException("need at least one character to score", nameof(ids));
        double bits = 0;
        for (var i = 0; i < ids.Count; i++) bits -= Math.Log2(Probability(ids, i, ids[i]));
        return bits / ids.Count;
    }

    /// <summary>A stepper for <see cref="Sampling.Generate"/>: feed it a character id, get the next distribution. Introduced in lesson 05.</summary>
    public Func<int, double[]> Stepper()
    {
        var history = new List<int>();
        return id =>
        {
            history.Add(id);
            if (history.Count > Order) history.RemoveAt(0);
            return Distribution(history);
        };
    }

    // P(next | the up to order−1 ids before position end of history).
    private double Probability(IReadOnlyList<int> history, int end, int next)
    {
        var maxContext = Math.Min(Order - 1, end);
        if (Smoothing == NGramSmoothing.AddK)
        {
            var ctx = Code(history, end, maxContext);
            return (_counts.GetValueOrDefault(ctx * 128 + next) + K) / (_contextTotals.GetValueOrDefault(ctx) + K * VocabularySize);
        }
        double p = 1.0 / VocabularySize;
        long context = 1;
        for (var m = 0; m <= maxContext; m++)
        {
            if (m > 0) context = Extend(context, history[end - m], m);
            if (!_contextTotals.TryGetValue(context, out var total)) break; // a longer context was never seen either
            var c = _counts.GetValueOrDefault(context * 128 + next);
            p = (Math.Max(c - Discount, 0) + Discount * _contextTypes[context] * p) / total;
        }
        return p;
    }

    // Context codes: a 1 in the lowest 7 bits, then one 7-bit digit (id + 1, never 0) per character, nearest character
    // first, so a context of length m extends the code of its length m−1 suffix and codes of different lengths differ.
    private static long Extend(long code, int id, int m) => code + ((long)(id + 1) << (7 * m));

    private static long Code(IReadOnlyList<int> history, int end, int length)
    {
        long code = 1;
        for (var m = 1; m <= length; m++) code = Extend(code, history[end - m], m);
        return code;
    }
}
