using Curriculum.Data;
using TorchSharp;
using static TorchSharp.torch;

namespace Curriculum.Recommendation;

/// <summary>Ratings as tensors for a TorchSharp model: [N, 2] int64 (user row, item row) and [N] float ratings. Introduced in lesson 10.</summary>
public static class RatingTensors
{
    /// <summary>
    /// Rows of (users.RowOf(userId), items.RowOf(movieId)) and the ratings; the caller disposes both tensors.
    /// An id missing from an index is an error (split with <see cref="RatingSplits.Random"/> to avoid it). Introduced in lesson 10.
    /// </summary>
    public static (Tensor Pairs, Tensor Ratings) From(IReadOnlyList<MovieRating> ratings, IdIndex users, IdIndex items)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(items);
        if (ratings.Count == 0) throw new ArgumentException("need at least one rating", nameof(ratings));
        var pairs = new long[ratings.Count * 2];
        var values = new float[ratings.Count];
        for (var n = 0; n < ratings.Count; n++)
        {
            pairs[2 * n] = users.RowOf(ratings[n].UserId);
            pairs[2 * n + 1] = items.RowOf(ratings[n].MovieId);
            values[n] = ratings[n].Rating;
        }
        return (tensor(pairs, [ratings.Count, 2]), tensor(values));
    }
}
