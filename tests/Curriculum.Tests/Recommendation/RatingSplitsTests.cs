using Curriculum.Data;
using Curriculum.Recommendation;

namespace Curriculum.Tests.Recommendation;

public class RatingSplitsTests
{
    private static MovieRating R(int u, int m, long t = 0, float r = 3) => new(u, m, r, t);

    [Fact]
    public void Random_keeps_every_rating_once_and_only_tests_known_users_and_movies()
    {
        var rng = new Random(3);
        var ratings = Enumerable.Range(0, 2000).Select(n => R(rng.Next(50), rng.Next(300), n)).DistinctBy(r => (r.UserId, r.MovieId)).ToArray();

        var (train, test) = RatingSplits.Random(ratings, 0.2, seed: 1);

        Assert.Equal(ratings.OrderBy(r => r.Timestamp), train.Concat(test).OrderBy(r => r.Timestamp));
        var users = train.Select(r => r.UserId).ToHashSet();
        var movies = train.Select(r => r.MovieId).ToHashSet();
        Assert.All(test, r => Assert.True(users.Contains(r.UserId) && movies.Contains(r.MovieId)));
        Assert.InRange(test.Length, 200, 400); // some of the 20 % move back because their movie was rated once
        Assert.Equal(test, RatingSplits.Random(ratings, 0.2, seed: 1).Test); // seeded
    }

    [Fact]
    public void A_movie_rated_once_never_lands_in_test()
    {
        var ratings = Enumerable.Range(0, 100).Select(n => R(n % 5, n == 0 ? 999 : n % 7)).ToArray();
        for (var seed = 0; seed < 20; seed++)
            Assert.DoesNotContain(RatingSplits.Random(ratings, 0.5, seed).Test, r => r.MovieId == 999);
    }

    [Fact]
    public void LeaveLastOut_holds_out_each_users_latest_rating()
    {
        MovieRating[] ratings = [R(1, 10, 5), R(1, 11, 9), R(1, 12, 7), R(2, 20, 1), R(3, 30, 4), R(3, 31, 4)];

        var (train, test) = RatingSplits.LeaveLastOut(ratings);

        Assert.Equal([R(1, 11, 9), R(3, 31, 4)], test);   // user 3: a tie in time, the larger movie id is "last"
        Assert.Equal(4, train.Length);                    // user 2 has one rating: kept in train
        Assert.Contains(R(2, 20, 1), train);
    }

    [Fact]
    public void Bad_arguments_name_the_argument()
    {
        Assert.Equal("testFraction", Assert.Throws<ArgumentOutOfRangeException>(() => RatingSplits.Random([R(1, 1), R(1, 2)], 1.0, 0)).ParamName);
        Assert.Equal("ratings", Assert.Throws<ArgumentException>(() => RatingSplits.Random([R(1, 1)], 0.5, 0)).ParamName);
        Assert.Equal("minHistory", Assert.Throws<ArgumentOutOfRangeException>(() => RatingSplits.LeaveLastOut([], 0)).ParamName);
    }
}
