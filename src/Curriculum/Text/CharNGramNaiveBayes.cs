namespace Curriculum.Text;

/// <summary>
/// A multinomial naive Bayes text classifier over character n-grams (all n-grams of lengths
/// <see cref="MinN"/>..<see cref="MaxN"/>, lowercased): log P(class) + Σ count(g)·log P(g | class), with add-α
/// smoothing over the n-grams seen in training. Strong at telling authors apart from a few hundred characters.
/// Introduced in lesson 20.
/// </summary>
public sealed class CharNGramNaiveBayes
{
    private readonly Dictionary<string, double>[] _logLikelihood;
    private readonly double[] _logUnseen, _logPrior;

    /// <param name="texts">Training passages.</param>
    /// <param name="labels">Their classes, 0..classes−1.</param>
    /// <param name="classes">Number of classes.</param>
    /// <param name="minN">Shortest n-gram.</param>
    /// <param name="maxN">Longest n-gram.</param>
    /// <param name="alpha">Add-α smoothing (> 0).</param>
    public CharNGramNaiveBayes(IReadOnlyList<string> texts, IReadOnlyList<int> labels, int classes, int minN = 1, int maxN = 4, double alpha = 0.5)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(labels);
        if (texts.Count != labels.Count) throw new ArgumentException($"{texts.Count} texts but {labels.Count} labels", nameof(labels));
        if (classes < 2) throw new ArgumentOutOfRangeException(nameof(classes), classes, "need at least 2 classes");
        if (minN < 1 || maxN < minN) throw new ArgumentOutOfRangeException(nameof(maxN), $"need 1 ≤ minN ≤ maxN, got {minN}..{maxN}");
        if (!(alpha > 0)) throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "must be positive");
        if (labels.Any(l => l < 0 || l >= classes)) throw new ArgumentException($"labels must be 0..{classes - 1}", nameof(labels));
        MinN = minN;
        MaxN = maxN;
        var counts = Enumerable.Range(0, classes).Select(_ => new Dictionary<string, int>()).ToArray();
        for (var i = 0; i < texts.Count; i++)
            foreach (var g in Grams(texts[i])) counts[labels[i]][g] = counts[labels[i]].GetValueOrDefault(g) + 1;
        var vocabulary = counts.SelectMany(c => c.Keys).Distinct().Count();
        _logLikelihood = new Dictionary<string, double>[classes];
        _logUnseen = new double[classes];
        _logPrior = new double[classes];
        for (var c = 0; c < classes; c++)
        {
            var total = counts[c].Values.Sum() + alpha * (vocabulary + 1);   // + 1: one slot for every unseen n-gram
            _logLikelihood[c] = counts[c].ToDictionary(p => p.Key, p => Math.Log((p.Value + alpha) / total));
            _logUnseen[c] = Math.Log(alpha / total);
            var n = labels.Count(l => l == c);
            if (n == 0) throw new ArgumentException($"class {c} has no training text", nameof(labels));
            _logPrior[c] = Math.Log((double)n / labels.Count);
        }
    }

    public int MinN { get; }
    public int MaxN { get; }
    public int Classes => _logPrior.Length;

    /// <summary>Log P(class) + log P(text | class) for each class (up to a shared constant). Introduced in lesson 20.</summary>
    public double[] Scores(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scores = (double[])_logPrior.Clone();
        foreach (var g in Grams(text))
            for (var c = 0; c < scores.Length; c++)
                scores[c] += _logLikelihood[c].TryGetValue(g, out var l) ? l : _logUnseen[c];
        return scores;
    }

    /// <summary>Posterior probabilities of the classes (softmax of the scores). Introduced in lesson 20.</summary>
    public double[] Probabilities(string text)
    {
        var s = Scores(text);
        var max = s.Max();
        var e = s.Select(v => Math.Exp(v - max)).ToArray();
        return e.Select(v => v / e.Sum()).ToArray();
    }

    /// <summary>The most probable class. Introduced in lesson 20.</summary>
    public int Predict(string text) => Sampling.ArgMax(Scores(text));

    private IEnumerable<string> Grams(string text)
    {
        var t = text.ToLowerInvariant();
        for (var n = MinN; n <= MaxN; n++)
            for (var i = 0; i + n <= t.Length; i++)
                yield return t.Substring(i, n);
    }
}
