using Curriculum.Text;

namespace Curriculum.Tests.Text;

public class SamplingTests
{
    private static readonly double[] P = [0.5, 0.3, 0.15, 0.05];

    [Fact]
    public void Top_p_keeps_the_smallest_set_reaching_p()
    {
        Assert.Equal(new[] { 0.625, 0.375, 0, 0 }, Sampling.TopP(P, 0.8).Select(v => Math.Round(v, 12)));
        Assert.Equal(3, Sampling.TopP(P, 0.81).Count(v => v > 0));
        Assert.Equal(new double[] { 1, 0, 0, 0 }, Sampling.TopP(P, 0.5));
        Assert.Equal(new double[] { 1, 0, 0, 0 }, Sampling.TopP(P, 0.01));  // at least one token survives
        Assert.Equal(4, Sampling.TopP(P, 1).Count(v => v > 0));
    }

    [Fact]
    public void Top_k_keeps_the_k_most_likely()
    {
        Assert.Equal(new[] { 0.375, 0.625, 0, 0 }, Sampling.TopK([0.3, 0.5, 0.05, 0.15], 2).Select(v => Math.Round(v, 12)));
        Assert.Equal(new double[] { 0, 1, 0 }, Sampling.TopK([0.2, 0.6, 0.2], 1));
    }

    [Fact]
    public void Temperature_raises_probabilities_to_one_over_T()
    {
        var sharp = Sampling.WithTemperature([0.8, 0.2], 0.5);   // 0.64 : 0.04
        Assert.Equal(0.64 / 0.68, sharp[0], 12);
        var flat = Sampling.WithTemperature([0.8, 0.2], 1e6);
        Assert.Equal(0.5, flat[0], 5);
        Assert.Equal(Sampling.Softmax([1f, 2f, 3f], 2).Select(v => Math.Round(v, 6)), Sampling.WithTemperature(Sampling.Softmax([1f, 2f, 3f]), 2).Select(v => Math.Round(v, 6)));
    }

    [Fact]
    public void Softmax_is_stable_for_large_logits()
    {
        var p = Sampling.Softmax([1000f, 1000f, -1000f]);
        Assert.Equal(new[] { 0.5, 0.5, 0 }, p.Select(v => Math.Round(v, 12)));
    }

    [Fact]
    public void Draw_follows_the_probabilities()
    {
        var random = new Random(1);
        var hits = new int[4];
        for (var i = 0; i < 20000; i++) hits[Sampling.Draw(P, random)]++;
        for (var i = 0; i < 4; i++) Assert.InRange(hits[i] / 20000.0, P[i] - 0.015, P[i] + 0.015);
    }

    [Fact]
    public void Generate_feeds_the_prompt_then_its_own_choices()
    {
        // A "model" that predicts last token + 1 (mod 5) with certainty.
        var fed = new List<int>();
        Func<int, double[]> step = t => { fed.Add(t); var p = new double[5]; p[(t + 1) % 5] = 1; return p; };

        var output = Sampling.Generate(step, [2, 3], 4, Decoding.Greedy(), seed: 0);

        Assert.Equal(new[] { 4, 0, 1, 2 }, output);
        Assert.Equal(new[] { 2, 3, 4, 0, 1 }, fed);
    }

    [Fact]
    public void Sampling_with_a_seed_repeats_and_greedy_never_varies()
    {
        Func<int, double[]> step = _ => P;
        var a = Sampling.Generate(step, [0], 50, Decoding.TopPSampling(0.9), seed: 7);
        var b = Sampling.Generate(step, [0], 50, Decoding.TopPSampling(0.9), seed: 7);

        Assert.Equal(a, b);
        Assert.DoesNotContain(3, a);   // top-p 0.9 drops the 0.05 token
        Assert.All(Sampling.Generate(step, [0], 20, Decoding.Greedy(), seed: 1), t => Assert.Equal(0, t));
    }

    [Fact]
    public void Decoders_have_readable_names_and_check_arguments()
    {
        Assert.Equal("top-p 0.9", Decoding.TopPSampling(0.9).Name);
        Assert.Equal("temperature 0.7", Decoding.WithTemperature(0.7).Name);
        Assert.Equal("k", Assert.Throws<ArgumentOutOfRangeException>(() => Decoding.TopKSampling(0)).ParamName);
        Assert.Equal("p", Assert.Throws<ArgumentOutOfRangeException>(() => Decoding.TopPSampling(1.5)).ParamName);
        Assert.Equal("probabilities", Assert.Throws<ArgumentException>(() => Sampling.TopP([-1, 2], 0.5)).ParamName);
    }
}
