namespace Curriculum.Text;

/// <summary>Measures of language models and of generated text. Introduced in lesson 05.</summary>
public static class TextMetrics
{
    /// <summary>Mean −log2 p over the probabilities a model gave to the characters that actually came. Introduced in lesson 05.</summary>
    public static double BitsPerChar(IEnumerable<double> probabilitiesOfActual)
    {
        ArgumentNullException.ThrowIfNull(probabilitiesOfActual);
        double bits = 0;
        var n = 0;
        foreach (var p in probabilitiesOfActual)
        {
            if (!(p >= 0 && p <= 1)) throw new ArgumentException($"probability {p} at position {n} is not in [0, 1]", nameof(probabilitiesOfActual));
            bits -= Math.Log2(p);
            n++;
        }
        return n > 0 ? bits / n : throw new ArgumentException("need at least one probability", nameof(probabilitiesOfActual));
    }

    /// <summary>Bits per character from a mean cross-entropy in nats (what a network's loss reports). Introduced in lesson 05.</summary>
    public static double BitsFromNats(double nats) => nats / Math.Log(2);

    /// <summary>Per-character perplexity 2^bits: the number of equally likely choices the model is as unsure as. Introduced in lesson 05.</summary>
    public static double Perplexity(double bitsPerChar) => Math.Pow(2, bitsPerChar);

    /// <summary>
    /// distinct-n: distinct word n-grams / all word n-grams of a text (words split on whitespace, lowercased). 1 means no
    /// n-gram repeats; a looping text falls towards 0. Texts with fewer than n words give 0. Introduced in lesson 05.
    /// </summary>
    public static double DistinctN(string text, int n)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (n < 1) throw new ArgumentOutOfRangeException(nameof(n), n, "n must be at least 1");
        var words = text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < n) return 0;
        var grams = Enumerable.Range(0, words.Length - n + 1).Select(i => string.Join(' ', words, i, n)).ToArray();
        return (double)grams.Distinct().Count() / grams.Length;
    }

    /// <summary>
    /// The share of a text's characters that lie inside a repeat: positions covered by a substring of
    /// <paramref name="span"/> characters that already occurred earlier in the text. Loops score near 1. Introduced in lesson 05.
    /// </summary>
    public static double RepeatedFraction(string text, int span = 20)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (span < 1) throw new ArgumentOutOfRangeException(nameof(span), span, "must be at least 1");
        if (text.Length < span) return 0;
        var seen = new HashSet<string>();
        var covered = new bool[text.Length];
        for (var i = 0; i + span <= text.Length; i++)
            if (!seen.Add(text.Substring(i, span)))
                for (var j = i; j < i + span; j++) covered[j] = true;
        return (double)covered.Count(c => c) / text.Length;
    }
}
