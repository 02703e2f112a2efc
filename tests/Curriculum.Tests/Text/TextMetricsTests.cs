using Curriculum.Text;

namespace Curriculum.Tests.Text;

public class TextMetricsTests
{
    [Fact]
    public void Bits_per_character_of_a_uniform_model_is_log2_V()
    {
        Assert.Equal(Math.Log2(78), TextMetrics.BitsPerChar(Enumerable.Repeat(1.0 / 78, 10)), 12);
        Assert.Equal(1.5, TextMetrics.BitsPerChar([0.5, 0.25]), 12);
        Assert.Equal(78, TextMetrics.Perplexity(Math.Log2(78)), 9);
        Assert.Equal(1, TextMetrics.BitsFromNats(Math.Log(2)), 12);
    }

    [Fact]
    public void Distinct_2_of_a_known_string()
    {
        // bigrams: the cat, cat the, the cat, cat the, the dog → 3 distinct of 5
        Assert.Equal(0.6, TextMetrics.DistinctN("the cat the cat the dog", 2), 12);
        Assert.Equal(0.6, TextMetrics.DistinctN("The  cat\nthe cat THE dog", 2), 12);
        Assert.Equal(1, TextMetrics.DistinctN("a b c d", 2));
        Assert.Equal(0, TextMetrics.DistinctN("one", 2));
        Assert.Equal(3.0 / 6, TextMetrics.DistinctN("the cat the cat the dog", 1), 12);
    }

    [Fact]
    public void Repeated_fraction_covers_characters_inside_earlier_seen_spans()
    {
        Assert.Equal(0.5, TextMetrics.RepeatedFraction("abcabc", 3), 12);   // the second "abc"
        Assert.Equal(0, TextMetrics.RepeatedFraction("abcdef", 2));
        Assert.True(TextMetrics.RepeatedFraction(string.Concat(Enumerable.Repeat("and the soon ", 20)), 20) > 0.9);
    }

    [Fact]
    public void Bad_arguments_are_named()
    {
        Assert.Equal("probabilitiesOfActual", Assert.Throws<ArgumentException>(() => TextMetrics.BitsPerChar([0.5, 1.5])).ParamName);
        Assert.Equal("n", Assert.Throws<ArgumentOutOfRangeException>(() => TextMetrics.DistinctN("a b", 0)).ParamName);
    }
}
