using Curriculum.Text;

namespace Curriculum.Tests.Text;

public class TfIdfSearchTests
{
    private static readonly TfIdfSearch Index = new(["the cat sat", "the dog sat", "a cat"]);

    [Fact]
    public void Idf_follows_the_smoothed_formula()
    {
        Assert.Equal(Math.Log(4.0 / 3) + 1, Index.Idf("cat"), 12);
        Assert.Equal(Math.Log(4.0 / 2) + 1, Index.Idf("a"), 12);
        Assert.Equal(0, Index.Idf("zebra"));
    }

    [Fact]
    public void Scores_are_cosines_of_tfidf_vectors()
    {
        var cat = Math.Log(4.0 / 3) + 1;
        var a = Math.Log(2) + 1;
        var scores = Index.Scores("cat");
        Assert.Equal(cat / Math.Sqrt(cat * cat + a * a), scores[2], 10);
        Assert.Equal(1 / Math.Sqrt(3), scores[0], 10);
        Assert.Equal(0, scores[1]);
        Assert.Equal([2, 0], Index.Search("cat", 2));
    }

    [Fact]
    public void A_query_without_known_words_scores_zero_everywhere()
    {
        Assert.All(Index.Scores("zebra crossing"), s => Assert.Equal(0, s));
        Assert.Equal("k", Assert.Throws<ArgumentOutOfRangeException>(() => Index.Search("cat", 0)).ParamName);
    }
}
