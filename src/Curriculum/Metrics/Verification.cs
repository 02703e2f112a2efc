namespace Curriculum.Metrics;

/// <summary>Every pair of items once (i &lt; j): whether both show the same identity, and the pair's similarity score.</summary>
public sealed record VerificationPairs(bool[] SameIdentity, double[] Similarity, int[] First, int[] Second)
{
    public int Count => SameIdentity.Length;
}

/// <summary>
/// Face (or any biometric) verification and identification from embeddings. Verification answers "are these two the
/// same person?" by thresholding a similarity: errors are false accepts (impostor pairs above the threshold, FAR) and
/// false rejects (genuine pairs below it; TAR = 1 − FRR). Identification answers "who is this?" by ranking a gallery
/// of enrolled people by similarity to a probe. Introduced in lesson 13.
/// </summary>
public static class Verification
{
    /// <summary>Cosine similarity a·b / (|a| |b|) in [−1, 1]. Introduced in lesson 13.</summary>
    public static double Cosine(float[] a, float[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length != b.Length || a.Length == 0) throw new ArgumentException($"vectors must have the same, non-zero length; got {a.Length} and {b.Length}", nameof(b));
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++) { dot += a[i] * b[i]; na += a[i] * a[i]; nb += b[i] * b[i]; }
        if (na == 0 || nb == 0) throw new ArgumentException("a zero vector has no direction", na == 0 ? nameof(a) : nameof(b));
        return dot / Math.Sqrt(na * nb);
    }

    /// <summary>
    /// All n(n−1)/2 pairs of <paramref name="embeddings"/> with their cosine similarity and whether the labels agree
    /// (genuine pairs) or not (impostor pairs). Introduced in lesson 13.
    /// </summary>
    public static VerificationPairs AllPairs(IReadOnlyList<float[]> embeddings, IReadOnlyList<int> labels)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        ArgumentNullException.ThrowIfNull(labels);
        if (embeddings.Count != labels.Count) throw new ArgumentException($"{embeddings.Count} embeddings but {labels.Count} labels", nameof(labels));
        if (embeddings.Count < 2) throw new ArgumentException("need at least 2 embeddings to form a pair", nameof(embeddings));
        var count = embeddings.Count * (embeddings.Count - 1) / 2;
        var same = new bool[count];
        var similarity = new double[count];
        var first = new int[count];
        var second = new int[count];
        var k = 0;
        for (var i = 0; i < embeddings.Count; i++)
            for (var j = i + 1; j < embeddings.Count; j++, k++)
            {
                same[k] = labels[i] == labels[j];
                similarity[k] = Cosine(embeddings[i], embeddings[j]);
                first[k] = i;
                second[k] = j;
            }
        return new VerificationPairs(same, similarity, first, second);
    }

    /// <summary>
    /// True accept rate at a false accept rate: the highest share of genuine pairs accepted (score ≥ threshold) by any
    /// threshold that accepts at most <paramref name="far"/> of the impostor pairs, and the threshold that does it
    /// (+∞ when only accepting nothing keeps the FAR low enough). Introduced in lesson 13.
    /// </summary>
    public static (double Tar, double Threshold) TarAtFar(bool[] sameIdentity, double[] scores, double far)
    {
        if (!(far is >= 0 and <= 1)) throw new ArgumentOutOfRangeException(nameof(far), far, "must be in [0, 1]");
        var roc = Curves.Roc(sameIdentity, scores);
        double tar = 0, threshold = double.PositiveInfinity;
        for (var i = 0; i < roc.Thresholds.Length; i++)
            if (roc.FalsePositiveRate[i] <= far && roc.TruePositiveRate[i] >= tar)
                (tar, threshold) = (roc.TruePositiveRate[i], roc.Thresholds[i]);
        return (tar, threshold);
    }

    /// <summary>
    /// Closed-set identification rate at rank <paramref name="rank"/>: the share of probes whose true identity is among
    /// the <paramref name="rank"/> gallery identities most similar to them (an identity's score is its best-matching
    /// gallery image; ties count against the probe). Rank 1 = "the top answer is right". Every probe's identity must
    /// be enrolled in the gallery. Introduced in lesson 13.
    /// </summary>
    public static double IdentificationRate(IReadOnlyList<float[]> gallery, IReadOnlyList<int> galleryLabels,
        IReadOnlyList<float[]> probes, IReadOnlyList<int> probeLabels, int rank = 1)
    {
        ArgumentNullException.ThrowIfNull(gallery);
        ArgumentNullException.ThrowIfNull(galleryLabels);
        ArgumentNullException.ThrowIfNull(probes);
        ArgumentNullException.ThrowIfNull(probeLabels);
        if (gallery.Count != galleryLabels.Count || gallery.Count == 0)
            throw new ArgumentException($"need a non-empty gallery with one label per image; got {gallery.Count} images, {galleryLabels.Count} labels", nameof(galleryLabels));
        if (probes.Count != probeLabels.Count || probes.Count == 0)
            throw new ArgumentException($"need probes with one label each; got {probes.Count} probes, {probeLabels.Count} labels", nameof(probeLabels));
        if (rank < 1) throw new ArgumentOutOfRangeException(nameof(rank), rank, "must be at least 1");
        var enrolled = galleryLabels.ToHashSet();
        foreach (var label in probeLabels)
            if (!enrolled.Contains(label))
                throw new ArgumentException($"probe identity {label} is not in the gallery (closed-set identification needs every probe enrolled)", nameof(probeLabels));
        var hits = 0;
        for (var p = 0; p < probes.Count; p++)
        {
            var best = new Dictionary<int, double>();
            for (var g = 0; g < gallery.Count; g++)
            {
                var s = Cosine(probes[p], gallery[g]);
                if (!best.TryGetValue(galleryLabels[g], out var b) || s > b) best[galleryLabels[g]] = s;
            }
            var own = best[probeLabels[p]];
            var atLeastAsGood = best.Count(kv => kv.Key != probeLabels[p] && kv.Value >= own);
            if (atLeastAsGood < rank) hits++;
        }
        return (double)hits / probes.Count;
    }
}
