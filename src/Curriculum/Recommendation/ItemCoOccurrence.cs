namespace Curriculum.Recommendation;

/// <summary>
/// Item-to-item collaborative filtering from implicit feedback: two items are similar when the same users chose both.
/// The similarity of items h and j is cosine: (users with both) / √(users with h · users with j), and a user's score for
/// item j is the sum of its similarities to the items in the user's history (Sarwar et al. 2001; Linden, Smith and York
/// 2003, "Amazon.com recommendations: item-to-item collaborative filtering"). Scores are computed through the other
/// users' histories, so the item × item table is never built. Introduced in lesson 29.
/// </summary>
public sealed class ItemCoOccurrence
{
    private readonly Dictionary<int, int[]> _histories;
    private readonly Dictionary<int, List<int>> _usersOf = new();

    /// <param name="histories">Each user's set of items (duplicates are ignored).</param>
    public ItemCoOccurrence(IReadOnlyDictionary<int, int[]> histories)
    {
        ArgumentNullException.ThrowIfNull(histories);
        if (histories.Count == 0) throw new ArgumentException("need at least one user history", nameof(histories));
        _histories = histories.ToDictionary(h => h.Key, h => h.Value.Distinct().ToArray());
        foreach (var (user, items) in _histories)
            foreach (var item in items)
            {
                if (!_usersOf.TryGetValue(item, out var list)) _usersOf[item] = list = [];
                list.Add(user);
            }
    }

    /// <summary>How many users have the item (0 for an unknown item).</summary>
    public int UserCount(int item) => _usersOf.TryGetValue(item, out var list) ? list.Count : 0;

    /// <summary>The cosine similarity of two items, computed directly (for checks and explanations).</summary>
    public double Similarity(int a, int b)
    {
        if (!_usersOf.TryGetValue(a, out var ua) || !_usersOf.TryGetValue(b, out var ub)) return 0;
        var both = ua.Intersect(ub).Count();
        return both / Math.Sqrt((double)ua.Count * ub.Count);
    }

    /// <summary>
    /// Σ over h in <paramref name="history"/> of similarity(h, j), for every item j that shares a user with the history
    /// (others score 0). Items in the history are scored too; exclude them when recommending. Introduced in lesson 29.
    /// </summary>
    public Dictionary<int, double> Scores(IEnumerable<int> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        // weight of each other user v: Σ over shared items h of 1/√n_h; then score(j) = Σ_v weight(v)·[j ∈ v] / √n_j.
        var userWeight = new Dictionary<int, double>();
        foreach (var h in history.Distinct())
        {
            if (!_usersOf.TryGetValue(h, out var users)) continue;
            var w = 1 / Math.Sqrt(users.Count);
            foreach (var v in users) userWeight[v] = userWeight.GetValueOrDefault(v) + w;
        }
        var scores = new Dictionary<int, double>();
        foreach (var (v, w) in userWeight)
            foreach (var j in _histories[v]) scores[j] = scores.GetValueOrDefault(j) + w;
        foreach (var j in scores.Keys.ToArray()) scores[j] /= Math.Sqrt(_usersOf[j].Count);
        return scores;
    }
}
