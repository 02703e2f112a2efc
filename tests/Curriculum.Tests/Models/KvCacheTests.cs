using Curriculum.Models;
using Curriculum.Tests.Support;
using Curriculum.Text;
using Curriculum.Training;
using static TorchSharp.torch;

namespace Curriculum.Tests.Models;

[Collection(TorchCollection.Name)]
public class KvCacheTests
{
    private static MiniGpt Model()
    {
        manual_seed(12);
        var gpt = new MiniGpt(vocabularySize: 11, blockSize: 24, modelSize: 16, layers: 2, heads: 4);
        gpt.eval();
        return gpt;
    }

    [Fact]
    public void Cached_steps_give_the_logits_of_the_whole_sequence()
    {
        using var gpt = Model();
        long[] ids = [1, 4, 2, 7, 7, 3, 9, 0, 5];
        using var all = tensor(ids).reshape(1, -1);
        using var _ = no_grad();
        using var full = gpt.call(all);
        using var cache = new KvCache(gpt.Layers);
        // A prompt of four at once, then one id at a time.
        using var first = gpt.StepCached(all[.., ..4], cache);
        Assert.True(first.allclose(full[.., ..4], rtol: 0, atol: 1e-5));
        for (var t = 4; t < ids.Length; t++)
        {
            using var step = gpt.StepCached(all[.., t..(t + 1)], cache);
            Assert.True(step[0, 0].allclose(full[0, t], rtol: 0, atol: 1e-5), $"position {t}");
        }
        Assert.Equal(ids.Length, cache.Length);
        Assert.Equal(2L * 2 * ids.Length * 16, cache.Numbers); // keys and values, 2 blocks, 9 positions, 16 numbers each
    }

    [Fact]
    public void Greedy_generation_with_and_without_the_cache_gives_the_same_tokens()
    {
        using var gpt = Model();
        int[] prompt = [3, 1, 4];
        var plain = Sampling.Generate(CharLmTrainer.Stepper(gpt, (x, s) => gpt.Step(x, s)), prompt, 20, Decoding.Greedy(), seed: 1);
        using var cache = new KvCache(gpt.Layers);
        var cached = Sampling.Generate(gpt.CachedStepper(cache), prompt, 20, Decoding.Greedy(), seed: 1);
        Assert.Equal(plain, cached);
        Assert.Equal(prompt.Length + 20 - 1, cache.Length); // the last generated id is never fed back
    }

    [Fact]
    public void The_context_must_fit_the_block_and_dispose_frees_the_cache()
    {
        using var gpt = Model();
        var cache = new KvCache(gpt.Layers);
        using (no_grad()) gpt.StepCached(zeros(1, 20, dtype: ScalarType.Int64), cache).Dispose();
        Assert.Equal("ids", Assert.Throws<ArgumentException>(() => gpt.StepCached(zeros(1, 5, dtype: ScalarType.Int64), cache)).ParamName);
        cache.Dispose();
        Assert.Equal((0, 0L), (cache.Length, cache.Numbers));
        Assert.Equal("layers", Assert.Throws<ArgumentOutOfRangeException>(() => new KvCache(0)).ParamName);
    }
}
