using Curriculum.Data;

namespace Curriculum.Tests.Data;

public class SentimentDataTests
{
    [Fact]
    public void Reviews_are_balanced_with_a_fixed_held_out_quarter()
    {
        var reviews = SentimentData.Reviews();
        Assert.Equal(328, reviews.Length);
        Assert.Equal(163, reviews.Count(r => r.IsPositive));
        Assert.Equal(81, reviews.Count(r => r.IsTest));
        Assert.Equal(40, reviews.Count(r => r.IsTest && r.IsPositive));
        Assert.Equal(reviews.Length, reviews.Select(r => r.Text).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 328), reviews.Select(r => r.Id));
        Assert.All(reviews, r => Assert.Contains(r.Kind, new[] { "plain", "negation", "mixed", "sarcasm" }));
        Assert.True(reviews.Count(r => r.Kind == "negation") >= 50);
        Assert.True(reviews.Count(r => r.Kind == "sarcasm") >= 15);
    }

    [Fact]
    public void Afinn_111_has_its_published_size_and_known_valences()
    {
        var afinn = SentimentData.Afinn();
        Assert.Equal(2477, afinn.Count);
        Assert.Equal(3, afinn["good"]);
        Assert.Equal(-3, afinn["bad"]);
        Assert.Equal(-2, afinn["abandon"]);
        Assert.Equal(-3, afinn["does not work"]);
        Assert.All(afinn.Values, v => Assert.InRange(v, -5, 5));
    }
}
