using Curriculum.Text;

namespace Curriculum.Tests.Text;

public class SentimentLexiconTests
{
    private static readonly SentimentLexicon Lexicon = new(new Dictionary<string, int>
    {
        ["good"] = 3, ["bad"] = -3, ["love"] = 3, ["broken"] = -1, ["does not work"] = -3, ["not good"] = -2,
    });

    [Fact]
    public void Sums_valences_of_listed_words()
    {
        var s = Lexicon.Score("Good price, but BAD battery and I love the colour. Good!");
        Assert.Equal(3 - 3 + 3 + 3, s.Score);
        Assert.Equal(["good", "bad", "love", "good"], s.Matches.Select(m => m.Term));
    }

    [Fact]
    public void Phrases_win_over_their_words()
    {
        Assert.Equal(-3, Lexicon.Score("It does not work").Score);
        Assert.Equal(-2, Lexicon.Score("not good at all").Score);
    }

    [Fact]
    public void Negation_flips_a_word_within_three_words_only_when_asked()
    {
        Assert.Equal(-3, Lexicon.Score("I don't love it", handleNegation: true).Score);
        Assert.Equal(3, Lexicon.Score("I don't love it").Score);
        Assert.Equal(-3, Lexicon.Score("never was it bad", handleNegation: false).Score);
        Assert.Equal(3, Lexicon.Score("never was it bad", handleNegation: true).Score);
        // Four words after the negator is out of reach.
        Assert.Equal(-3, Lexicon.Score("no, it was really very bad", handleNegation: true).Score);
        Assert.Equal("¬love", Lexicon.Score("I don't love it", handleNegation: true).Matches[0].Term);
    }

    [Fact]
    public void No_opinion_words_score_zero_and_count_as_positive()
    {
        var s = Lexicon.Score("The parcel arrived on Tuesday.");
        Assert.Equal(0, s.Score);
        Assert.Empty(s.Matches);
        Assert.True(s.IsPositive);
    }

    [Fact]
    public void Words_are_lower_cased_and_keep_apostrophes_and_inner_hyphens()
    {
        Assert.Equal(["don't", "self-service", "isn't", "great", "4k"], SentimentLexicon.Words("Don’t SELF-SERVICE: isn't great -- 4K!"));
    }

    [Fact]
    public void An_empty_lexicon_is_rejected()
    {
        Assert.Equal("valence", Assert.Throws<ArgumentException>(() => new SentimentLexicon(new Dictionary<string, int>())).ParamName);
    }
}
