using Curriculum.Text;

namespace Curriculum.Tests.Text;

public class CharNGramNaiveBayesTests
{
    [Fact]
    public void Scores_match_a_hand_computed_unigram_model()
    {
        // unigrams only: class 0 saw "aab" (a 2, b 1), class 1 saw "bbc" (b 2, c 1); 3 distinct grams; α = 1.
        // denominators: 3 + 1·(3 + 1) = 7 for both. log P("ab" | 0) = log(3/7) + log(2/7); prior 1/2 each.
        var nb = new CharNGramNaiveBayes(["aab", "bbc"], [0, 1], classes: 2, minN: 1, maxN: 1, alpha: 1);

        var s = nb.Scores("ab");
        Assert.Equal(Math.Log(0.5) + Math.Log(3.0 / 7) + Math.Log(2.0 / 7), s[0], 12);
        Assert.Equal(Math.Log(0.5) + Math.Log(1.0 / 7) + Math.Log(3.0 / 7), s[1], 12);
        Assert.Equal(0, nb.Predict("ab"));
        Assert.Equal(1, nb.Predict("cc"));
        Assert.Equal(1.0, nb.Probabilities("abz").Sum(), 12);
        Assert.Equal(Math.Log(0.5) + Math.Log(1.0 / 7), nb.Scores("z")[0], 12);   // an unseen gram gets the unseen slot
    }

    [Fact]
    public void Tells_two_styles_apart_from_short_passages()
    {
        var random = new Random(2);
        string Make(string[] words) => string.Join(" ", Enumerable.Range(0, 40).Select(_ => words[random.Next(words.Length)]));
        var sea = new[] { "whale", "sea", "ship", "harpoon", "the", "and", "of" };
        var ball = new[] { "ball", "dance", "sister", "letter", "the", "and", "of" };
        var texts = Enumerable.Range(0, 20).Select(i => i % 2 == 0 ? Make(sea) : Make(ball)).ToArray();
        var nb = new CharNGramNaiveBayes(texts, texts.Select((_, i) => i % 2).ToArray(), 2);

        Assert.Equal(0, nb.Predict("the whale and the ship"));
        Assert.Equal(1, nb.Predict("a letter for her sister"));
    }

    [Fact]
    public void Bad_arguments_are_named()
    {
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => new CharNGramNaiveBayes(["a"], [0, 1], 2)).ParamName);
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => new CharNGramNaiveBayes(["a", "b"], [0, 0], 2)).ParamName);
        Assert.Equal("alpha", Assert.Throws<ArgumentOutOfRangeException>(() => new CharNGramNaiveBayes(["a", "b"], [0, 1], 2, alpha: 0)).ParamName);
    }
}
