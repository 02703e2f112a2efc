using Curriculum.Data;
using Curriculum.Recommendation;

namespace Curriculum.Tests.Recommendation;

public class BiasBaselineTests
{
    private static MovieRating R(int u, int m, float r) => new(u, m, r, 0);

    [Fact]
    public void One_sweep_without_penalty_matches_the_hand_computed_biases()
    {
        // μ = 11/3. Items first: b_1 = ((4 − μ) + (5 − μ)) / 2 = 5/6, b_2 = 2 − μ = −5/3.
        // Then users: b_u1 = ((4 − μ − 5/6) + (2 − μ + 5/3)) / 2 = −1/4, b_u2 = 5 − μ − 5/6 = 1/2.
        var b = BiasBaseline.Fit([R(1, 1, 4), R(1, 2, 2), R(2, 1, 5)], userPenalty: 0, itemPenalty: 0, sweeps: 1);

        Assert.Equal(11.0 / 3, b.GlobalMean, 6);
        Assert.Equal(5.0 / 6, b.ItemBias[1], 6);
        Assert.Equal(-5.0 / 3, b.ItemBias[2], 6);
        Assert.Equal(-0.25, b.UserBias[1], 6);
        Assert.Equal(0.5, b.UserBias[2], 6);
        Assert.Equal(11.0 / 3 - 0.25 + 5.0 / 6, b.Predict(1, 1), 6);
    }

    [Fact]
    public void Exactly_additive_ratings_are_reproduced_without_penalty()
    {
        float[] user = [-0.5f, 0f, 0.5f, 1f];
        float[] item = [0.25f, -0.75f, 0.5f];
        var ratings = (from u in Enumerable.Range(0, 4) from i in Enumerable.Range(0, 3) select R(u, i, 3 + user[u] + item[i])).ToArray();

        var b = BiasBaseline.Fit(ratings, 0, 0, sweeps: 50);

        Assert.All(ratings, r => Assert.Equal(r.Rating, b.Predict(r.UserId, r.MovieId), 5));
    }

    [Fact]
    public void A_large_penalty_shrinks_towards_the_mean_and_unknown_ids_get_the_mean()
    {
        MovieRating[] ratings = [R(1, 1, 5), R(2, 2, 1)];
        var b = BiasBaseline.Fit(ratings, 1e9, 1e9);
        Assert.Equal(3.0, b.Predict(1, 1), 6);
        Assert.Equal(3.0, BiasBaseline.Fit(ratings).Predict(99, 99), 12);
        Assert.True(BiasBaseline.Fit(ratings, 1, 1).ItemBias[1] > 0);
    }

    [Fact]
    public void Bad_arguments_name_the_argument()
    {
        Assert.Equal("ratings", Assert.Throws<ArgumentException>(() => BiasBaseline.Fit([])).ParamName);
        Assert.Equal("userPenalty", Assert.Throws<ArgumentOutOfRangeException>(() => BiasBaseline.Fit([R(1, 1, 3)], -1)).ParamName);
    }
}
