using Curriculum.Models;
using Curriculum.Tests.Support;
using Curriculum.Text;
using static TorchSharp.torch;

namespace Curriculum.Tests.Models;

[Collection(TorchCollection.Name)]
public class MiniLmEncoderTests
{
    private static readonly string[] Sentences =
    [
        "Claim your free prize now!!!",
        "Can we move tomorrow's meeting to 3 pm?",
        "The build failed again on the release branch; see the attached log for the stack trace.",
    ];

    private static (Tensor Ids, Tensor Mask) Batch(SentenceEncoder tokens, IReadOnlyList<string> texts)
    {
        var ids = texts.Select(tokens.TokenIds).ToArray();
        var length = ids.Max(i => i.Length);
        var flat = ids.SelectMany(i => i.Concat(Enumerable.Repeat(0, length - i.Length))).Select(i => (long)i).ToArray();
        var mask = ids.SelectMany(i => Enumerable.Range(0, length).Select(k => k < i.Length ? 1L : 0L)).ToArray();
        return (tensor(flat).view(texts.Count, length), tensor(mask).view(texts.Count, length));
    }

    [Fact]
    public void The_TorchSharp_port_matches_ONNX_Runtime_within_1e_4_padded_or_not()
    {
        using var onnx = new SentenceEncoder(maxTokens: 64, threads: 1);
        var expected = onnx.Encode(Sentences, batchSize: 8);
        using var model = MiniLmEncoder.Pretrained();
        var (ids, mask) = Batch(onnx, Sentences); // padded to the longest sentence
        using (ids) using (mask) using (no_grad())
        using (var vectors = model.call(ids, mask))
        {
            var got = vectors.data<float>().ToArray();
            var largest = Enumerable.Range(0, got.Length).Max(i => Math.Abs(got[i] - expected[i / 384][i % 384]));
            Assert.True(largest <= 1e-4, $"largest |TorchSharp − ONNX Runtime| = {largest}");
        }
        // One sentence alone (no padding) gives the same vector as in the padded batch.
        var (one, oneMask) = Batch(onnx, [Sentences[0]]);
        using (one) using (oneMask) using (no_grad()) using (var alone = model.call(one, oneMask))
            Assert.True(alone.data<float>().Zip(expected[0]).Max(p => Math.Abs(p.First - p.Second)) <= 1e-4);
    }

    [Fact]
    public void Cached_lower_blocks_then_the_top_blocks_give_the_whole_model()
    {
        using var onnx = new SentenceEncoder(maxTokens: 32, threads: 1);
        using var model = MiniLmEncoder.Pretrained();
        var (ids, mask) = Batch(onnx, Sentences);
        using (ids) using (mask) using (no_grad())
        using (var whole = model.call(ids, mask))
        using (var hidden = model.Hidden(ids, mask, blocks: 4))
        using (var split = model.Continue(hidden, mask, fromBlock: 4))
        {
            Assert.Equal(new long[] { 3, ids.shape[1], 384 }, hidden.shape);
            Assert.True(split.allclose(whole, rtol: 0, atol: 1e-6));
            using var norms = whole.norm(1);
            Assert.True(norms.allclose(ones(3), rtol: 0, atol: 1e-5), "sentence vectors have length 1");
        }
    }

    [Fact]
    public void Weight_count_is_all_MiniLM_L6_v2s_and_LoRA_adds_only_the_adapters()
    {
        using var model = new MiniLmEncoder();
        // Embeddings 30,522·384 + 512·384 + 2·384 + LayerNorm 768 = 11,918,592; per block 4·(384·384 + 384)
        // + 2·768 + 384·1,536 + 1,536 + 1,536·384 + 384 = 1,774,464; six blocks 10,646,784. Total 22,565,376
        // (the published 22.7M includes the pooler, which sentence-transformers does not use).
        Assert.Equal(22_565_376, model.parameters().Sum(p => p.numel()));
        var adapters = model.Layers[5].UseLoRA(rank: 4, alpha: 8);
        Assert.Equal(2 * 4 * (384 + 384), adapters.Sum(a => a.AdapterParameters.Sum(p => p.numel())));
        Assert.Equal(22_565_376 + 6_144, model.parameters().Sum(p => p.numel()));
        Assert.Throws<InvalidOperationException>(() => model.Layers[5].UseLoRA(rank: 4, alpha: 8));
    }

    [Fact]
    public void Bad_shapes_and_block_numbers_name_the_argument()
    {
        using var model = new MiniLmEncoder();
        using var ids = zeros(2, 5, dtype: ScalarType.Int64);
        using var mask = ones(2, 4, dtype: ScalarType.Int64);
        Assert.Equal("ids", Assert.Throws<ArgumentException>(() => model.Hidden(ids, mask, 1)).ParamName);
        Assert.Equal("blocks", Assert.Throws<ArgumentOutOfRangeException>(() => model.Hidden(ids, ids, 7)).ParamName);
        Assert.Equal("fromBlock", Assert.Throws<ArgumentOutOfRangeException>(() => model.Continue(ids, ids, -1)).ParamName);
    }
}
