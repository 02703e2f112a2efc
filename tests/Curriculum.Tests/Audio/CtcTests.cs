using Curriculum.Audio;
using Curriculum.Tests.Support;
using static TorchSharp.torch;

namespace Curriculum.Tests.Audio;

[Collection(TorchCollection.Name)]
public class CtcTests
{
    [Theory]
    [InlineData(new[] { 0, 8, 8, 0, 0, 4, 4, 4, 0 }, new[] { 8, 4 })]
    [InlineData(new[] { 8, 8, 0, 8, 4 }, new[] { 8, 8, 4 })]      // a blank separates a doubled symbol
    [InlineData(new[] { 8, 8, 8, 4 }, new[] { 8, 4 })]            // without one, repeats merge
    [InlineData(new[] { 0, 0, 0 }, new int[0])]
    [InlineData(new int[0], new int[0])]
    public void Collapse_merges_repeats_then_drops_blanks(int[] path, int[] expected) =>
        Assert.Equal(expected, Ctc.Collapse(path));

    [Fact]
    public void Greedy_decoding_takes_the_best_symbol_per_frame_and_collapses()
    {
        // Batch of 2, 5 frames, 3 classes. Item 0's best path: 1 1 0 1 2 → [1, 1, 2]; item 1: 2 2 2 0 0 → [2].
        int[][] best = [[1, 1, 0, 1, 2], [2, 2, 2, 0, 0]];
        var scores = new float[2 * 5 * 3];
        for (var b = 0; b < 2; b++)
        for (var t = 0; t < 5; t++) scores[(b * 5 + t) * 3 + best[b][t]] = 3f;
        using var x = tensor(scores, [2, 5, 3]);

        var decoded = Ctc.Greedy(x);

        Assert.Equal([1, 1, 2], decoded[0]);
        Assert.Equal([2], decoded[1]);
        Assert.Equal([1], Ctc.Greedy(x, lengths: [2, 5])[0]);   // only the first two frames of item 0
    }

    [Fact]
    public void Packed_targets_hold_length_then_labels()
    {
        using var packed = Ctc.PackTargets([[3, 1], [5, 5, 2]]);

        Assert.Equal(new long[] { 2, 4 }, packed.shape);
        Assert.Equal([2L, 3, 1, 0, 3, 5, 5, 2], packed.data<long>().ToArray());
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => Ctc.PackTargets([[1, 0]])).ParamName);
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => Ctc.PackTargets([[]])).ParamName);
    }

    [Fact]
    public void Loss_equals_hand_computed_path_sums()
    {
        // Two classes (blank, a), uniform scores. One frame, target "a": only the path "a", probability 1/2.
        // Two frames, target "a": paths aa, a_, _a collapse to "a", total probability 3/4.
        using var oneFrame = zeros(1, 1, 2);
        using var twoFrames = zeros(1, 2, 2);
        using var target = Ctc.PackTargets([[1]]);

        using var loss1 = Ctc.Loss(oneFrame, target);
        using var loss2 = Ctc.Loss(twoFrames, target);

        Assert.Equal(-Math.Log(0.5), loss1.item<float>(), 5);
        Assert.Equal(-Math.Log(0.75), loss2.item<float>(), 5);
    }

    [Fact]
    public void Loss_is_divided_by_target_length_and_averaged_over_the_batch()
    {
        // Three frames, uniform over (blank, a, b): target "ab" has 1/27 · (number of 3-frame paths collapsing to "ab").
        // Paths: aab, abb, _ab, a_b, ab_ → 5, probability 5/27; per-item loss −ln(5/27) / 2 (divided by its length).
        using var logits = zeros(1, 3, 3);
        using var target = Ctc.PackTargets([[1, 2]]);

        using var loss = Ctc.Loss(logits, target);

        Assert.Equal(-Math.Log(5.0 / 27) / 2, loss.item<float>(), 5);
    }
}
