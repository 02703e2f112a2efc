namespace Curriculum.Metrics;

/// <summary>The alignment counts between a reference and a hypothesis: substitutions, deletions, insertions.</summary>
public sealed record EditCounts(int Substitutions, int Deletions, int Insertions, int ReferenceLength)
{
    /// <summary>Total edits (S + D + I).</summary>
    public int Edits => Substitutions + Deletions + Insertions;
}

/// <summary>
/// Word error rate, the standard score of speech recognition: WER = (S + D + I) / N, the fewest substitutions,
/// deletions and insertions that turn the recognised words into the reference, over the N reference words (summed
/// over a corpus before dividing). It can exceed 1 when the hypothesis inserts many words. Introduced in lesson 23.
/// </summary>
public static class WordErrorRate
{
    /// <summary>
    /// The minimum-edit (Levenshtein) alignment of two sequences with unit costs; among alignments with the fewest edits,
    /// the counts come from the one found by the usual dynamic programme (preferring substitution, then deletion).
    /// Introduced in lesson 23.
    /// </summary>
    public static EditCounts Align<T>(IReadOnlyList<T> reference, IReadOnlyList<T> hypothesis)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(hypothesis);
        int n = reference.Count, m = hypothesis.Count;
        var cost = new (int Edits, int S, int D, int I)[n + 1, m + 1];
        for (var i = 1; i <= n; i++) cost[i, 0] = (i, 0, i, 0);
        for (var j = 1; j <= m; j++) cost[0, j] = (j, 0, 0, j);
        var eq = EqualityComparer<T>.Default;
        for (var i = 1; i <= n; i++)
        for (var j = 1; j <= m; j++)
        {
            var diag = cost[i - 1, j - 1];
            var match = eq.Equals(reference[i - 1], hypothesis[j - 1]);
            (int Edits, int S, int D, int I) best = match ? diag : (diag.Edits + 1, diag.S + 1, diag.D, diag.I);
            var up = cost[i - 1, j];
            if (up.Edits + 1 < best.Edits) best = (up.Edits + 1, up.S, up.D + 1, up.I);
            var left = cost[i, j - 1];
            if (left.Edits + 1 < best.Edits) best = (left.Edits + 1, left.S, left.D, left.I + 1);
            cost[i, j] = best;
        }
        var end = cost[n, m];
        return new EditCounts(end.S, end.D, end.I, n);
    }

    /// <summary>WER of one utterance: words split on whitespace. Introduced in lesson 23.</summary>
    public static double Of(string reference, string hypothesis)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(hypothesis);
        return Corpus([reference], [hypothesis]);
    }

    /// <summary>Corpus WER: total edits over total reference words (not the mean of per-utterance rates). Introduced in lesson 23.</summary>
    public static double Corpus(IReadOnlyList<string> references, IReadOnlyList<string> hypotheses)
    {
        var counts = CorpusCounts(references, hypotheses);
        return (double)counts.Edits / counts.ReferenceLength;
    }

    /// <summary>Summed alignment counts over a corpus of utterances (words split on whitespace). Introduced in lesson 23.</summary>
    public static EditCounts CorpusCounts(IReadOnlyList<string> references, IReadOnlyList<string> hypotheses)
    {
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(hypotheses);
        if (references.Count != hypotheses.Count)
            throw new ArgumentException($"{references.Count} references but {hypotheses.Count} hypotheses", nameof(hypotheses));
        int s = 0, d = 0, ins = 0, words = 0;
        for (var k = 0; k < references.Count; k++)
        {
            var c = Align(Words(references[k]), Words(hypotheses[k]));
            (s, d, ins, words) = (s + c.Substitutions, d + c.Deletions, ins + c.Insertions, words + c.ReferenceLength);
        }
        if (words == 0) throw new ArgumentException("the references contain no words; WER is undefined", nameof(references));
        return new EditCounts(s, d, ins, words);
    }

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
