using Curriculum.Tests.Support;
using Curriculum.Text;

namespace Curriculum.Tests.Text;

[Collection(TorchCollection.Name)]
public class TranslationVocabularyTests
{
    private static readonly IReadOnlyList<string>[] Sentences = [["经理", "明天", "。"], ["客户", "明天", "吗", "？"]];

    [Fact]
    public void Ids_follow_first_appearance_after_the_four_special_tokens()
    {
        var vocab = new TranslationVocabulary(Sentences);

        Assert.Equal(4 + 6, vocab.Count);
        Assert.Equal(["<pad>", "<bos>", "<eos>", "<unk>", "经理", "明天"], Enumerable.Range(0, 6).Select(i => vocab[i]));
        Assert.Equal([1, 7, 5, 8, 9, 2], vocab.Encode(["客户", "明天", "吗", "？"]));
        Assert.Equal([1, 4, 3, 2], vocab.Encode(["经理", "律师"])); // unknown word → <unk>
    }

    [Fact]
    public void Decode_stops_at_the_end_token_and_skips_start_and_padding()
    {
        var vocab = new TranslationVocabulary(Sentences);

        Assert.Equal(["客户", "明天"], vocab.Decode([1, 7, 5, 2, 4, 4]));
        Assert.Equal(["经理"], vocab.Decode([4, 0, 0]));
        Assert.Equal(vocab.Encode(Sentences[1])[1..^1].Select(i => vocab[i]), vocab.Decode(vocab.Encode(Sentences[1]).Select(i => (long)i)));
    }

    [Fact]
    public void ToTensor_pads_on_the_right_to_the_longest_sentence()
    {
        var vocab = new TranslationVocabulary(Sentences);
        using var t = vocab.ToTensor(Sentences);

        Assert.Equal(new long[] { 2, 6 }, t.shape);
        Assert.Equal(new long[] { 1, 4, 5, 6, 2, 0, 1, 7, 5, 8, 9, 2 }, t.data<long>().ToArray());
        Assert.Throws<ArgumentException>(() => vocab.ToTensor([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => vocab[99]);
    }
}
