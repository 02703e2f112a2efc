using Curriculum.Recommendation;

namespace Curriculum.Tests.Recommendation;

public class ItemCoOccurrenceTests
{
    [Fact]
    public void Similarity_is_the_cosine_of_the_items_user_sets()
    {
        // item 1: users a, b, c; item 2: users b, c; item 3: user d.
        var model = new ItemCoOccurrence(new Dictionary<int, int[]> { [10] = [1], [11] = [1, 2], [12] = [1, 2, 2], [13] = [3] });
        Assert.Equal(2 / Math.Sqrt(3 * 2), model.Similarity(1, 2), 12);
        Assert.Equal(0, model.Similarity(1, 3));
        Assert.Equal(0, model.Similarity(1, 99));
        Assert.Equal(2, model.UserCount(2)); // the duplicate 2 of user 12 counts once
    }

    [Fact]
    public void Scores_equal_the_sum_of_pairwise_similarities_computed_directly()
    {
        var rng = new Random(5);
        var histories = Enumerable.Range(0, 40).ToDictionary(u => u, _ => Enumerable.Range(0, rng.Next(1, 12)).Select(_ => rng.Next(30)).ToArray());
        var model = new ItemCoOccurrence(histories);
        int[] history = [3, 7, 7, 21, 99]; // a duplicate and an unknown item

        var scores = model.Scores(history);

        for (var j = 0; j < 30; j++)
        {
            var direct = history.Distinct().Sum(h => model.Similarity(h, j));
            Assert.Equal(direct, scores.GetValueOrDefault(j), 10);
        }
    }

    [Fact]
    public void An_empty_set_of_histories_is_an_error()
    {
        Assert.Equal("histories", Assert.Throws<ArgumentException>(() => new ItemCoOccurrence(new Dictionary<int, int[]>())).ParamName);
    }
}
