using Curriculum.Metrics;

namespace Curriculum.Tests.Metrics;

public class WordErrorRateTests
{
    [Theory]
    [InlineData("the cat sat on the mat", "the cat sat on the mat", 0, 0, 0)]
    [InlineData("the cat sat on the mat", "the cat sit on mat", 1, 1, 0)]     // sat→sit, "the" deleted
    [InlineData("seven three", "seven seven three", 0, 0, 1)]
    [InlineData("one two three four", "", 0, 4, 0)]
    [InlineData("one two", "three four five", 2, 0, 1)]
    [InlineData("a b c d", "b c d e", 0, 1, 1)]                                // shift: delete a, insert e (2 edits, not 4 substitutions)
    public void Alignment_counts_match_worked_examples(string reference, string hypothesis, int s, int d, int i)
    {
        var c = WordErrorRate.CorpusCounts([reference], [hypothesis]);

        Assert.Equal((s, d, i), (c.Substitutions, c.Deletions, c.Insertions));
        Assert.Equal((double)(s + d + i) / reference.Split(' ').Length, WordErrorRate.Of(reference, hypothesis), 12);
    }

    [Fact]
    public void Insertions_can_push_WER_above_one()
    {
        Assert.Equal(3.0, WordErrorRate.Of("yes", "no no no"));   // 1 substitution + 2 insertions over 1 word
    }

    [Fact]
    public void Corpus_WER_sums_edits_over_all_reference_words()
    {
        // Per-utterance rates 0 and 1 would average 0.5; the corpus rate weights by length: 1 edit / 5 words.
        Assert.Equal(0.2, WordErrorRate.Corpus(["a b c d", "e"], ["a b c d", "f"]), 12);
    }

    [Fact]
    public void Align_works_on_any_sequence()
    {
        var c = WordErrorRate.Align("kitten".ToCharArray(), "sitting".ToCharArray());   // the classic Levenshtein distance 3

        Assert.Equal(3, c.Edits);
        Assert.Equal((2, 0, 1), (c.Substitutions, c.Deletions, c.Insertions));
    }

    [Fact]
    public void Mismatched_or_empty_input_is_rejected()
    {
        Assert.Equal("hypotheses", Assert.Throws<ArgumentException>(() => WordErrorRate.Corpus(["a"], ["a", "b"])).ParamName);
        Assert.Equal("references", Assert.Throws<ArgumentException>(() => WordErrorRate.Corpus([" "], ["a"])).ParamName);
    }
}
