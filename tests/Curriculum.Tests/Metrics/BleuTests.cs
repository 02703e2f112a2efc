using Curriculum.Metrics;

namespace Curriculum.Tests.Metrics;

public class BleuTests
{
    private static string[] W(string s) => s.Split(' ');

    // NLTK's documented example (nltk.translate.bleu_score docstrings), from Papineni et al. (2002).
    private static readonly string[] Hyp1 = W("It is a guide to action which ensures that the military always obeys the commands of the party");
    private static readonly string[] Ref1a = W("It is a guide to action that ensures that the military will forever heed Party commands");
    private static readonly string[] Ref1b = W("It is the guiding principle which guarantees the military forces always being under the command of the Party");
    private static readonly string[] Ref1c = W("It is the practical guide for the army always to heed the directions of the party");
    private static readonly string[] Hyp2 = W("he read the book because he was interested in world history");
    private static readonly string[] Ref2a = W("he was interested in world history because he read the book");

    [Fact]
    public void Clipping_gives_the_papers_two_sevenths_for_a_repeated_word()
    {
        var (matches, total) = Bleu.ModifiedPrecision([W("the cat is on the mat"), W("there is a cat on the mat")], W("the the the the the the the"), 1);

        Assert.Equal((2L, 7L), (matches, total)); // "the" occurs at most twice in one reference
    }

    [Fact]
    public void Modified_precisions_match_the_documented_values()
    {
        IReadOnlyList<string>[] refs = [Ref1a, Ref1b, Ref1c];
        Assert.Equal((17L, 18L), Bleu.ModifiedPrecision(refs, Hyp1, 1));
        Assert.Equal((10L, 17L), Bleu.ModifiedPrecision(refs, Hyp1, 2));
    }

    [Fact]
    public void Corpus_bleu_matches_nltks_documented_example_and_is_not_the_mean_of_sentence_scores()
    {
        var corpus = Bleu.Corpus([[Ref1a, Ref1b, Ref1c], [Ref2a]], [Hyp1, Hyp2]);
        var s1 = Bleu.Sentence([Ref1a, Ref1b, Ref1c], Hyp1);
        var s2 = Bleu.Sentence([Ref2a], Hyp2);

        // The docstrings print 0.5920..., 0.5045... and 0.6223... (truncated, hence the ranges).
        Assert.InRange(corpus.Score, 0.5920, 0.5921);
        Assert.InRange(s1, 0.5045, 0.5046);
        Assert.InRange((s1 + s2) / 2, 0.6223, 0.6224);
        Assert.Equal(18 + 11, corpus.CandidateLength);
        Assert.Equal(1.0, corpus.BrevityPenalty);
    }

    [Fact]
    public void A_perfect_translation_scores_one_and_a_short_one_pays_the_brevity_penalty()
    {
        var reference = W("the supplier shipped three boxes of samples yesterday");
        Assert.Equal(1.0, Bleu.Sentence([reference], reference), 12);

        var shorter = W("the supplier shipped three boxes of samples"); // every n-gram matches; c = 7, r = 8
        var score = Bleu.Corpus([reference], [shorter]);
        Assert.Equal(1.0, score.Precisions.Min(), 12);
        Assert.Equal(Math.Exp(1 - 8.0 / 7), score.BrevityPenalty, 12);
        Assert.Equal(Math.Exp(1 - 8.0 / 7), score.Score, 12);
    }

    [Fact]
    public void Closest_reference_length_prefers_the_shorter_on_a_tie()
    {
        // Candidate of 4 tokens, references of 3 and 5: both 1 away, the shorter (3) counts, so no penalty.
        var score = Bleu.Corpus([[W("a b c"), W("a b c d e")]], [W("a b c d")]);
        Assert.Equal(3, score.ReferenceLength);
        Assert.Equal(1.0, score.BrevityPenalty);
    }

    [Fact]
    public void No_four_gram_match_gives_zero_without_smoothing()
    {
        Assert.Equal(0.0, Bleu.Sentence([W("a b c d e")], W("a b c x e")));
        Assert.Equal(0.0, Bleu.Corpus([W("a b c")], [W("a b c")]).Score); // only 3 tokens: no 4-grams at all
        Assert.Equal(1.0, Bleu.Corpus([W("a b c")], [W("a b c")], maxOrder: 3).Score, 12);
    }

    [Fact]
    public void Bad_arguments_name_the_problem()
    {
        var ex = Assert.Throws<ArgumentException>(() => Bleu.Corpus([W("a")], [W("a"), W("b")]));
        Assert.Equal("references", ex.ParamName);
        Assert.Throws<ArgumentException>(() => Bleu.Corpus(Array.Empty<IReadOnlyList<string>>(), Array.Empty<IReadOnlyList<string>>()));
        Assert.Throws<ArgumentOutOfRangeException>(() => Bleu.ModifiedPrecision([W("a")], W("a"), 0));
    }
}
