using Curriculum.Data;

namespace Curriculum.Recommendation;

/// <summary>
/// The bias baseline of Koren (2009): rating ≈ μ + b_user + b_item, with μ the global mean and the biases shrunk
/// towards 0 by ridge penalties. Fitted in closed form by alternating exact updates
/// b_i = Σ(r − μ − b_u) / (λ_item + n_i), then b_u = Σ(r − μ − b_i) / (λ_user + n_u). Unknown users or items get bias 0.
/// Introduced in lesson 10.
/// </summary>
public sealed class BiasBaseline
{
    private readonly Dictionary<int, double> _user;
    private readonly Dictionary<int, double> _item;

    private BiasBaseline(double mean, Dictionary<int, double> user, Dictionary<int, double> item) => (GlobalMean, _user, _item) = (mean, user, item);

    public double GlobalMean { get; }
    public IReadOnlyDictionary<int, double> UserBias => _user;
    public IReadOnlyDictionary<int, double> ItemBias => _item;

    /// <summary>Fits the biases on <paramref name="ratings"/>. Introduced in lesson 10.</summary>
    public static BiasBaseline Fit(IReadOnlyList<MovieRating> ratings, double userPenalty = 5, double itemPenalty = 5, int sweeps = 10)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        if (ratings.Count == 0) throw new ArgumentException("need at least one rating", nameof(ratings));
        if (userPenalty < 0) throw new ArgumentOutOfRangeException(nameof(userPenalty), userPenalty, "must be >= 0");
        if (itemPenalty < 0) throw new ArgumentOutOfRangeException(nameof(itemPenalty), itemPenalty, "must be >= 0");
        if (sweeps < 1) throw new ArgumentOutOfRangeException(nameof(sweeps), sweeps, "must be >= 1");
        var mean = ratings.Average(r => (double)r.Rating);
        var user = ratings.Select(r => r.UserId).Distinct().ToDictionary(u => u, _ => 0.0);
        var item = ratings.Select(r => r.MovieId).Distinct().ToDictionary(i => i, _ => 0.0);
        for (var s = 0; s < sweeps; s++)
        {
            Update(item, ratings, r => r.MovieId, r => r.Rating - mean - user[r.UserId], itemPenalty);
            Update(user, ratings, r => r.UserId, r => r.Rating - mean - item[r.MovieId], userPenalty);
        }
        return new BiasBaseline(mean, user, item);
    }

    private static void Update(Dictionary<int, double> bias, IReadOnlyList<MovieRating> ratings, Func<MovieRating, int> key, Func<MovieRating, double> residual, double penalty)
    {
        var sum = bias.Keys.ToDictionary(k => k, _ => 0.0);
        var count = bias.Keys.ToDictionary(k => k, _ => 0);
        foreach (var r in ratings) { sum[key(r)] += residual(r); count[key(r)]++; }
        foreach (var k in sum.Keys) bias[k] = sum[k] / (penalty + count[k]);
    }

    /// <summary>μ + b_user + b_item (a missing bias counts as 0).</summary>
    public double Predict(int userId, int movieId) =>
        GlobalMean + _user.GetValueOrDefault(userId) + _item.GetValueOrDefault(movieId);

    public double[] Predict(IEnumerable<MovieRating> ratings) => ratings.Select(r => Predict(r.UserId, r.MovieId)).ToArray();
}
