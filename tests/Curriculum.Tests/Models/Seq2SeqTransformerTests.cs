using Curriculum.Models;
using Curriculum.Tests.Support;
using Curriculum.Text;
using static TorchSharp.torch;

namespace Curriculum.Tests.Models;

[Collection(TorchCollection.Name)]
public class Seq2SeqTransformerTests
{
    private static Seq2SeqTransformer Model(int seed = 1)
    {
        manual_seed(seed);
        var model = new Seq2SeqTransformer(20, 15, modelSize: 16, heads: 2, encoderLayers: 1, decoderLayers: 2, feedForward: 32, dropoutRate: 0.1, maxLength: 16);
        model.eval();
        return model;
    }

    private static Tensor Ids(long[,] ids) => tensor(ids);

    [Fact]
    public void Forward_gives_logits_for_every_target_position()
    {
        using var model = Model();
        using var source = Ids(new long[,] { { 1, 5, 6, 7, 2 }, { 1, 8, 2, 0, 0 } });
        using var target = Ids(new long[,] { { 1, 4, 5 }, { 1, 6, 0 } });

        using var logits = model.call(source, target);

        Assert.Equal(new long[] { 2, 3, 15 }, logits.shape);
    }

    [Fact]
    public void Causal_mask_hides_later_target_tokens()
    {
        using var model = Model();
        using var source = Ids(new long[,] { { 1, 5, 6, 7, 2 } });
        using var a = Ids(new long[,] { { 1, 4, 5, 6, 7 } });
        using var b = Ids(new long[,] { { 1, 4, 5, 9, 10 } }); // differs from position 3 on

        using var la = model.call(source, a);
        using var lb = model.call(source, b);

        Assert.True(la.narrow(1, 0, 3).allclose(lb.narrow(1, 0, 3), rtol: 0, atol: 1e-5)); // positions 0..2 cannot see 3..4
        Assert.False(la.narrow(1, 3, 2).allclose(lb.narrow(1, 3, 2), rtol: 0, atol: 1e-3)); // later ones do change
    }

    [Fact]
    public void Source_padding_changes_nothing_and_gets_no_attention()
    {
        using var model = Model();
        using var shortSource = Ids(new long[,] { { 1, 5, 6, 2 } });
        using var padded = Ids(new long[,] { { 1, 5, 6, 2, 0, 0, 0 } });
        using var target = Ids(new long[,] { { 1, 4, 5 } });

        using var l1 = model.call(shortSource, target);
        using var l2 = model.call(padded, target);
        Assert.True(l1.allclose(l2, rtol: 0, atol: 1e-5));

        var (memory, padding) = model.Encode(padded);
        var (_, attention) = model.Decode(memory, padding, target);
        Assert.Equal(new long[] { 1, 3, 7 }, attention.shape);
        Assert.True(attention.sum(-1).allclose(ones(1, 3), rtol: 0, atol: 1e-5)); // each row is a distribution
        Assert.Equal(0f, attention.narrow(2, 4, 3).abs().max().item<float>()); // no weight on <pad>
        Assert.True(attention.narrow(2, 0, 4).min().item<float>() > 0);
    }

    [Fact]
    public void Sinusoidal_positions_match_the_formula()
    {
        using var pe = Seq2SeqTransformer.SinusoidalPositions(10, 8);

        Assert.Equal(new long[] { 10, 8 }, pe.shape);
        Assert.Equal(new float[] { 0, 1, 0, 1, 0, 1, 0, 1 }, pe[0].data<float>().ToArray());
        Assert.Equal(Math.Sin(3), pe[3, 0].item<float>(), 5);
        Assert.Equal(Math.Cos(3), pe[3, 1].item<float>(), 5);
        Assert.Equal(Math.Sin(7 / Math.Pow(10000, 2.0 / 8)), pe[7, 2].item<float>(), 5);
        Assert.Equal(Math.Cos(7 / Math.Pow(10000, 6.0 / 8)), pe[7, 7].item<float>(), 5);
        Assert.Throws<ArgumentOutOfRangeException>(() => Seq2SeqTransformer.SinusoidalPositions(10, 7));
    }

    [Fact]
    public void Causal_mask_is_minus_infinity_above_the_diagonal_only()
    {
        using var mask = Seq2SeqTransformer.CausalMask(3);
        var v = mask.data<float>().ToArray();
        var ninf = float.NegativeInfinity;
        Assert.Equal(new[] { 0, ninf, ninf, 0, 0, ninf, 0, 0, 0 }, v);
    }

    [Fact]
    public void Greedy_translation_equals_beam_search_of_width_one()
    {
        using var model = Model(seed: 4);
        using var source = Ids(new long[,] { { 1, 5, 6, 7, 2 }, { 1, 9, 10, 2, 0 } });

        var greedy = model.TranslateGreedy(source, maxLength: 6);
        for (var i = 0; i < 2; i++)
        {
            using var one = source.narrow(0, i, 1);
            var beam = model.TranslateBeam(one, beamWidth: 1, maxLength: 6);
            var expected = greedy[i].TakeWhile(t => t != TranslationVocabulary.Eos).ToArray();
            Assert.Equal(expected, beam.Tokens.Select(t => (long)t).TakeWhile(t => t != TranslationVocabulary.Eos).ToArray());
        }
    }

    [Fact]
    public void Bad_inputs_are_rejected_with_clear_errors()
    {
        using var model = Model();
        using var floats = zeros(1, 4);
        Assert.Equal("source", Assert.Throws<ArgumentException>(() => model.Encode(floats)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Seq2SeqTransformer(20, 15, modelSize: 15));
        using var two = zeros(new long[] { 2, 3 }, ScalarType.Int64);
        Assert.Equal("source", Assert.Throws<ArgumentException>(() => model.TranslateBeam(two, 2, 5)).ParamName);
    }
}
