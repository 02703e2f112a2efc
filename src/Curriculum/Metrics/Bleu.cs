namespace Curriculum.Metrics;

/// <summary>The parts of a BLEU score: per-order clipped matches and candidate n-gram counts, lengths, penalty, score.</summary>
public sealed record BleuScore(double Score, double[] Precisions, long[] Matches, long[] Totals, long CandidateLength, long ReferenceLength, double BrevityPenalty);

/// <summary>
/// BLEU (Papineni, Roukos, Ward and Zhu, 2002): the geometric mean of modified (clipped) n-gram precisions for
/// n = 1..4, times a brevity penalty. Corpus BLEU sums the clipped matches and the candidate n-gram counts over all
/// sentences before dividing (it is not the mean of sentence scores). No smoothing: if any order has no match the
/// score is 0, as in the paper, NLTK and sacreBLEU's default. Tokens are compared exactly as given (tokenise first;
/// for Chinese, sacreBLEU's "zh" tokeniser splits characters). Introduced in lesson 08.
/// </summary>
public static class Bleu
{
    /// <summary>
    /// Modified n-gram precision of one candidate: each candidate n-gram counts at most as often as it occurs in the
    /// reference where it occurs most ("the the the the the the the" against "the cat is on the mat" scores 2/7 on
    /// unigrams). Returns (clipped matches, candidate n-grams). Introduced in lesson 08.
    /// </summary>
    public static (long Matches, long Total) ModifiedPrecision(IReadOnlyList<IReadOnlyList<string>> references, IReadOnlyList<string> candidate, int n)
    {
        CheckSentence(references, candidate);
        if (n <= 0) throw new ArgumentOutOfRangeException(nameof(n), n, "the n-gram order must be positive");
        var counts = NGrams(candidate, n);
        var maxRef = new Dictionary<string, int>();
        foreach (var reference in references)
            foreach (var (gram, count) in NGrams(reference, n))
                if (!maxRef.TryGetValue(gram, out var m) || count > m) maxRef[gram] = count;
        long matches = 0, total = 0;
        foreach (var (gram, count) in counts)
        {
            total += count;
            matches += Math.Min(count, maxRef.GetValueOrDefault(gram));
        }
        return (matches, total);
    }

    /// <summary>
    /// Corpus BLEU-<paramref name="maxOrder"/> of candidates against one or more references each. The reference
    /// length of a sentence is the reference length closest to the candidate's (the shorter on a tie); the brevity
    /// penalty is exp(1 - r/c) when the total candidate length c is below the total reference length r, else 1.
    /// Introduced in lesson 08.
    /// </summary>
    public static BleuScore Corpus(IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> references, IReadOnlyList<IReadOnlyList<string>> candidates, int maxOrder = 4)
    {
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(candidates);
        if (candidates.Count == 0) throw new ArgumentException("need at least one candidate sentence", nameof(candidates));
        if (references.Count != candidates.Count)
            throw new ArgumentException($"{candidates.Count} candidates but {references.Count} reference sets; give one set (of one or more references) per candidate", nameof(references));
        if (maxOrder <= 0) throw new ArgumentOutOfRangeException(nameof(maxOrder), maxOrder, "the maximum n-gram order must be positive (4 for BLEU-4)");
        var matches = new long[maxOrder];
        var totals = new long[maxOrder];
        long c = 0, r = 0;
        for (var i = 0; i < candidates.Count; i++)
        {
            CheckSentence(references[i], candidates[i]);
            for (var n = 1; n <= maxOrder; n++)
            {
                var (m, t) = ModifiedPrecision(references[i], candidates[i], n);
                matches[n - 1] += m;
                totals[n - 1] += t;
            }
            c += candidates[i].Count;
            r += references[i].Select(x => x.Count).OrderBy(len => Math.Abs(len - candidates[i].Count)).ThenBy(len => len).First();
        }
        var precisions = matches.Zip(totals, (m, t) => t == 0 ? 0.0 : (double)m / t).ToArray();
        var penalty = c == 0 ? 0.0 : c >= r ? 1.0 : Math.Exp(1.0 - (double)r / c);
        var score = precisions.Any(p => p == 0) ? 0.0 : penalty * Math.Exp(precisions.Average(Math.Log));
        return new BleuScore(score, precisions, matches, totals, c, r, penalty);
    }

    /// <summary>Corpus BLEU with a single reference per candidate. Introduced in lesson 08.</summary>
    public static BleuScore Corpus(IReadOnlyList<IReadOnlyList<string>> references, IReadOnlyList<IReadOnlyList<string>> candidates, int maxOrder = 4)
    {
        ArgumentNullException.ThrowIfNull(references);
        return Corpus(references.Select(r => (IReadOnlyList<IReadOnlyList<string>>)[r]).ToList(), candidates, maxOrder);
    }

    /// <summary>BLEU of one sentence (a corpus of one; often 0 for short sentences, which is why BLEU is a corpus metric). Introduced in lesson 08.</summary>
    public static double Sentence(IReadOnlyList<IReadOnlyList<string>> references, IReadOnlyList<string> candidate, int maxOrder = 4) =>
        Corpus([references], [candidate], maxOrder).Score;

    private static Dictionary<string, int> NGrams(IReadOnlyList<string> tokens, int n)
    {
        var counts = new Dictionary<string, int>();
        for (var i = 0; i + n <= tokens.Count; i++)
        {
            var gram = string.Join('\u0001', Enumerable.Range(i, n).Select(j => tokens[j]));
            counts[gram] = counts.GetValueOrDefault(gram) + 1;
        }
        return counts;
    }

    private static void CheckSentence(IReadOnlyList<IReadOnlyList<string>> references, IReadOnlyList<string> candidate)
    {
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(candidate);
        if (references.Count == 0) throw new ArgumentException("each candidate needs at least one reference", nameof(references));
    }
}
