using Curriculum.Data;

namespace Curriculum.Recommendation;

/// <summary>Ways to hold out ratings for evaluating a recommender. Introduced in lesson 10.</summary>
public static class RatingSplits
{
    /// <summary>
    /// A random split of ratings into train and test (about <paramref name="testFraction"/> held out), after which any
    /// test rating whose user or movie has no rating left in train is moved back to train: a rating model can only be
    /// scored on users and movies it has seen (cold start is a separate problem). Seeded. Introduced in lesson 10.
    /// </summary>
    public static (MovieRating[] Train, MovieRating[] Test) Random(IReadOnlyList<MovieRating> ratings, double testFraction, int seed)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        if (ratings.Count < 2) throw new ArgumentException($"need at least 2 ratings to split, got {ratings.Count}", nameof(ratings));
        if (testFraction is <= 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(testFraction), testFraction, "must be between 0 and 1 (exclusive)");
        var (trainIdx, testIdx) = Split.Random(ratings.Count, testFraction, seed);
        var train = trainIdx.Select(i => ratings[i]).ToList();
        var users = train.Select(r => r.UserId).ToHashSet();
        var movies = train.Select(r => r.MovieId).ToHashSet();
        var test = new List<MovieRating>();
        foreach (var r in testIdx.Select(i => ratings[i]))
        {
            if (users.Contains(r.UserId) && movies.Contains(r.MovieId)) test.Add(r);
            else { train.Add(r); users.Add(r.UserId); movies.Add(r.MovieId); }
        }
        return (train.ToArray(), test.ToArray());
    }

    /// <summary>
    /// Leave-last-out: each user's latest rating (by time, ties broken by the larger movie id) is the test item, the
    /// rest is train. Users with fewer than <paramref name="minHistory"/> + 1 ratings stay whole in train.
    /// This is how a recommender is used: predict the next thing from the past. Introduced in lesson 29.
    /// </summary>
    public static (MovieRating[] Train, MovieRating[] Test) LeaveLastOut(IReadOnlyList<MovieRating> ratings, int minHistory = 1)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        if (minHistory < 1) throw new ArgumentOutOfRangeException(nameof(minHistory), minHistory, "must be at least 1");
        var train = new List<MovieRating>();
        var test = new List<MovieRating>();
        foreach (var user in ratings.GroupBy(r => r.UserId).OrderBy(g => g.Key))
        {
            var ordered = user.OrderBy(r => r.Timestamp).ThenBy(r => r.MovieId).ToList();
            if (ordered.Count <= minHistory) { train.AddRange(ordered); continue; }
            train.AddRange(ordered.Take(ordered.Count - 1));
            test.Add(ordered[^1]);
        }
        return (train.ToArray(), test.ToArray());
    }
}
