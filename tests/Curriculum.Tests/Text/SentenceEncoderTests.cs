using Curriculum.Text;

namespace Curriculum.Tests.Text;

/// <summary>One encoder for the whole class: loading the model takes a couple of seconds.</summary>
public sealed class EncoderFixture : IDisposable
{
    public SentenceEncoder Encoder { get; } = new(maxTokens: 64);
    public void Dispose() => Encoder.Dispose();
}

public class SentenceEncoderTests(EncoderFixture fixture) : IClassFixture<EncoderFixture>
{
    private readonly SentenceEncoder _encoder = fixture.Encoder;

    [Fact]
    public void Tokenizer_gives_the_published_bert_uncased_ids()
    {
        // bert-base-uncased / all-MiniLM-L6-v2: [CLS] hello world ! [SEP]
        Assert.Equal([101, 7592, 2088, 999, 102], _encoder.TokenIds("Hello world!"));
        Assert.Equal(["[CLS]", "hello", "world", "!", "[SEP]"], _encoder.Tokens("Hello world!"));
    }

    [Fact]
    public void Long_texts_are_cut_to_max_tokens_and_keep_the_separator()
    {
        var ids = _encoder.TokenIds(string.Join(" ", Enumerable.Repeat("word", 500)));
        Assert.Equal(64, ids.Length);
        Assert.Equal(101, ids[0]);
        Assert.Equal(102, ids[^1]);
    }

    [Fact]
    public void Vectors_are_384_dimensional_unit_vectors()
    {
        var vectors = _encoder.Encode(["A cat sits on the mat.", "Quarterly revenue grew by ten percent.", ""]);
        Assert.All(vectors, v =>
        {
            Assert.Equal(SentenceEncoder.Dimension, v.Length);
            Assert.Equal(1.0, Math.Sqrt(v.Sum(x => (double)x * x)), 4);
        });
    }

    [Fact]
    public void Encoding_is_deterministic_and_independent_of_batching()
    {
        string[] texts = ["short", "a somewhat longer sentence about the weather today", "medium length text here"];
        var batched = _encoder.Encode(texts, batchSize: 3);
        var oneByOne = texts.Select(_encoder.Encode).ToArray();
        var again = _encoder.Encode(texts, batchSize: 2);
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(batched[i], again[i]);
            // Padding is masked out, so a text's vector does not depend on its batch neighbours (up to float rounding).
            Assert.True(SentenceEncoder.Cosine(batched[i], oneByOne[i]) > 0.99999, $"text {i}");
        }
    }

    [Fact]
    public void Paraphrases_are_close_and_unrelated_sentences_are_not()
    {
        var v = _encoder.Encode(["The cat sat on the mat.", "A cat was sitting on a rug.", "Interest rates rose sharply in March."]);
        var paraphrase = SentenceEncoder.Cosine(v[0], v[1]);
        var unrelated = SentenceEncoder.Cosine(v[0], v[2]);
        Assert.True(paraphrase > 0.5, $"paraphrase cosine {paraphrase}");
        Assert.True(unrelated < 0.2, $"unrelated cosine {unrelated}");
    }

    [Fact]
    public void Cosine_matches_hand_computed_values()
    {
        Assert.Equal(0.0, SentenceEncoder.Cosine([1, 0], [0, 3]), 12);
        Assert.Equal(-1.0, SentenceEncoder.Cosine([1, 2], [-2, -4]), 12);
        Assert.Equal(1 / Math.Sqrt(2), SentenceEncoder.Cosine([1, 0], [1, 1]), 12);
        Assert.Throws<ArgumentException>(() => SentenceEncoder.Cosine([1, 0], [1, 0, 0]));
    }

    [Fact]
    public void Word_pieces_that_continue_a_word_keep_their_hashes()
    {
        // WordPiece splits an unknown word into known pieces; "##" marks each piece that continues the word.
        var tokens = _encoder.Tokens("Unsubscribe");
        Assert.Equal("[CLS]", tokens[0]);
        Assert.True(tokens.Length > 3, string.Join(" ", tokens));
        Assert.All(tokens[2..^1], t => Assert.StartsWith("##", t));
        Assert.Equal("unsubscribe", string.Concat(tokens[1..^1]).Replace("##", ""));
    }

    [Fact]
    public void Token_states_come_from_the_same_run_and_the_top_block_turns_them_into_the_same_vectors()
    {
        string[] texts = ["Claim your free prize now!!!", "Can we move tomorrow's meeting to 3 pm?", "ok"];
        using var withStates = new SentenceEncoder(maxTokens: 64, threads: 1, statesAfterBlock: 5);
        var encoded = withStates.EncodeWithStates(texts, batchSize: 2);
        var plain = _encoder.Encode(texts);
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(_encoder.TokenIds(texts[i]), encoded.TokenIds[i]);
            Assert.Equal(encoded.TokenIds[i].Length * SentenceEncoder.Dimension, encoded.States[i].Length);
            Assert.True(encoded.Vectors[i].Zip(plain[i]).Max(p => Math.Abs(p.First - p.Second)) < 1e-5, "the extra output does not change the vectors");
        }
        // Independent check of what the states are: the TorchSharp port's first five blocks give the same numbers.
        using var model = Curriculum.Models.MiniLmEncoder.Pretrained();
        var ids = encoded.TokenIds[1];
        using var idTensor = TorchSharp.torch.tensor(ids.Select(i => (long)i).ToArray()).view(1, ids.Length);
        using var mask = TorchSharp.torch.ones(1, ids.Length, dtype: TorchSharp.torch.ScalarType.Int64);
        using var hidden = model.Hidden(idTensor, mask, blocks: 5);
        var ours = hidden.data<float>().ToArray();
        Assert.True(ours.Zip(encoded.States[1]).Max(p => Math.Abs(p.First - p.Second)) < 1e-4);
        Assert.Throws<InvalidOperationException>(() => _encoder.EncodeWithStates(texts)); // built without statesAfterBlock
    }

    [Fact]
    public void Bad_arguments_are_rejected_with_their_names()
    {
        Assert.Equal("maxTokens", Assert.Throws<ArgumentOutOfRangeException>(() => new SentenceEncoder(maxTokens: 2)).ParamName);
        Assert.Equal("statesAfterBlock", Assert.Throws<ArgumentOutOfRangeException>(() => new SentenceEncoder(statesAfterBlock: 6)).ParamName);
        Assert.Equal("statesAfterBlock", Assert.Throws<ArgumentOutOfRangeException>(() => new SentenceEncoder(statesAfterBlock: 0)).ParamName);
        Assert.Equal("batchSize", Assert.Throws<ArgumentOutOfRangeException>(() => _encoder.Encode(["x"], batchSize: 0)).ParamName);
        Assert.Equal("texts", Assert.Throws<ArgumentException>(() => _encoder.Encode(["x", null!])).ParamName);
    }

    [Fact]
    public void Speed_is_measured_in_sentences_per_second()
    {
        var texts = Enumerable.Range(0, 64).Select(i => $"Message number {i}: please review the attached quarterly report before Friday's meeting.").ToArray();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        _encoder.Encode(texts);
        Console.WriteLine($"SentenceEncoder: {texts.Length / clock.Elapsed.TotalSeconds:0} sentences/s at ~20 tokens");
        Assert.True(clock.Elapsed.TotalSeconds < 30);
    }
}
