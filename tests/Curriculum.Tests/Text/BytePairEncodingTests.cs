using Curriculum.Text;

namespace Curriculum.Tests.Text;

public class BytePairEncodingTests
{
    // The example of Sennrich, Haddow and Birch (2016), "Neural Machine Translation of Rare Words with Subword Units".
    private static readonly Dictionary<string, int> PaperCounts = new() { ["low"] = 5, ["lower"] = 2, ["newest"] = 6, ["widest"] = 3 };

    [Fact]
    public void Learns_the_merges_of_the_paper_in_order()
    {
        var bpe = BytePairEncoding.TrainOnWordCounts(PaperCounts, 5);
        Assert.Equal([("e", "s"), ("es", "t"), ("est", "</w>"), ("l", "o"), ("lo", "w")], bpe.Merges);
    }

    [Fact]
    public void Unseen_words_are_split_into_learned_pieces()
    {
        var bpe = BytePairEncoding.TrainOnWordCounts(PaperCounts, 5);
        Assert.Equal(["low", "est</w>"], bpe.TokenizeWord("lowest"));
        Assert.Equal(["n", "e", "w", "e", "r", "</w>"], bpe.TokenizeWord("newer"));
        Assert.Equal(["low", "</w>", "low", "est</w>"], bpe.Tokenize("Low, lowest."));
    }

    [Fact]
    public void Zero_merges_give_characters_and_training_is_deterministic()
    {
        Assert.Equal(["a", "b", "</w>"], BytePairEncoding.TrainOnWordCounts(PaperCounts, 0).TokenizeWord("ab"));
        string[] corpus = ["the cat sat on the mat", "the hat is on the cat"];
        Assert.Equal(BytePairEncoding.Train(corpus, 10).Merges, BytePairEncoding.Train(corpus, 10).Merges);
        Assert.Equal(["the</w>"], BytePairEncoding.Train(corpus, 10).TokenizeWord("the"));
    }

    [Fact]
    public void Training_stops_when_every_word_is_one_symbol()
    {
        var bpe = BytePairEncoding.TrainOnWordCounts(new Dictionary<string, int> { ["ab"] = 3 }, 100);
        Assert.Equal(2, bpe.Merges.Count);
        Assert.Equal("mergeCount", Assert.Throws<ArgumentOutOfRangeException>(() => BytePairEncoding.Train(["x"], -1)).ParamName);
    }
}
