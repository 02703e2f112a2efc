using Curriculum.Metrics;

namespace Curriculum.Tests.Metrics;

public class VerificationTests
{
    [Fact]
    public void Cosine_of_known_vectors()
    {
        Assert.Equal(1, Verification.Cosine([1, 2], [2, 4]), 12);
        Assert.Equal(0, Verification.Cosine([1, 0], [0, 3]), 12);
        Assert.Equal(-1, Verification.Cosine([1, 1], [-2, -2]), 12);
        Assert.Equal(0.6, Verification.Cosine([1, 0], [3, 4]), 12);
        Assert.Equal("a", Assert.Throws<ArgumentException>(() => Verification.Cosine([0, 0], [1, 1])).ParamName);
    }

    [Fact]
    public void All_pairs_lists_each_pair_once_with_its_label_agreement()
    {
        float[][] e = [[1, 0], [0, 1], [1, 1]];
        var pairs = Verification.AllPairs(e, [5, 7, 5]);
        Assert.Equal(3, pairs.Count);
        Assert.Equal(new[] { 0, 0, 1 }, pairs.First);
        Assert.Equal(new[] { 1, 2, 2 }, pairs.Second);
        Assert.Equal(new[] { false, true, false }, pairs.SameIdentity);
        Assert.Equal(0, pairs.Similarity[0], 12);
        Assert.Equal(Math.Sqrt(0.5), pairs.Similarity[1], 12);
    }

    [Fact]
    public void Tar_at_far_on_a_hand_counted_example()
    {
        // Impostor scores 0.9, 0.5, 0.4, 0.3, 0.2, 0.1, 0, -0.1, -0.2, -0.3 (10); genuine 0.95, 0.8, 0.6, 0.45, 0.35.
        double[] impostor = [0.9, 0.5, 0.4, 0.3, 0.2, 0.1, 0, -0.1, -0.2, -0.3];
        double[] genuine = [0.95, 0.8, 0.6, 0.45, 0.35];
        var same = genuine.Select(_ => true).Concat(impostor.Select(_ => false)).ToArray();
        var scores = genuine.Concat(impostor).ToArray();

        // FAR ≤ 0: accept only above 0.9 → 1 of 5 genuine (threshold 0.95).
        Assert.Equal((0.2, 0.95), Verification.TarAtFar(same, scores, 0.0));
        // FAR ≤ 0.1 allows one impostor (0.9): the best threshold is 0.6 (0.5 would be a second impostor) → 3 of 5.
        Assert.Equal((0.6, 0.6), Verification.TarAtFar(same, scores, 0.1));
        // FAR ≤ 0.3 allows three impostors (0.9, 0.5, 0.4): threshold 0.35 accepts all 5 genuine pairs.
        Assert.Equal((1.0, 0.35), Verification.TarAtFar(same, scores, 0.3));
        Assert.Equal("far", Assert.Throws<ArgumentOutOfRangeException>(() => Verification.TarAtFar(same, scores, 1.5)).ParamName);
    }

    [Fact]
    public void Identification_rate_by_rank_on_a_small_gallery()
    {
        // Gallery: identity 1 at angle 0°, identity 2 at 90°, identity 3 at 180° (unit vectors), identity 1 again at 10°.
        float[] Unit(double degrees) => [(float)Math.Cos(degrees * Math.PI / 180), (float)Math.Sin(degrees * Math.PI / 180)];
        float[][] gallery = [Unit(0), Unit(90), Unit(180), Unit(10)];
        int[] galleryLabels = [1, 2, 3, 1];
        // Probes: 5° (identity 1: right at rank 1), 60° labelled 1 (nearest is identity 2 at 90°, then 1 at 10°: rank 2),
        // 170° labelled 2 (identity 3 nearest, then 2 at 90° vs 1 at 10°: 80° vs 160° → rank 2).
        float[][] probes = [Unit(5), Unit(60), Unit(170)];
        int[] probeLabels = [1, 1, 2];
        Assert.Equal(1.0 / 3, Verification.IdentificationRate(gallery, galleryLabels, probes, probeLabels, rank: 1), 12);
        Assert.Equal(1.0, Verification.IdentificationRate(gallery, galleryLabels, probes, probeLabels, rank: 2), 12);
        Assert.Equal("probeLabels", Assert.Throws<ArgumentException>(() =>
            Verification.IdentificationRate(gallery, galleryLabels, probes, [1, 1, 9])).ParamName);
        Assert.Equal("rank", Assert.Throws<ArgumentOutOfRangeException>(() =>
            Verification.IdentificationRate(gallery, galleryLabels, probes, probeLabels, rank: 0)).ParamName);
    }
}
