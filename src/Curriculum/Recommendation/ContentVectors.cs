using System.Text.RegularExpressions;
using Curriculum.Data;

namespace Curriculum.Recommendation;

/// <summary>
/// Content vectors for films from what is known before anyone has watched them: one-hot genres plus TF-IDF weighted
/// title words, scaled to unit length, so the dot product of two vectors is their cosine similarity. A crude stand-in for
/// a pretrained text encoder (lesson 01), which would place "Alien" near "Aliens" and "space". Introduced in lesson 29.
/// </summary>
public sealed partial class ContentVectors
{
    private readonly Dictionary<int, Dictionary<string, double>> _vectors;

    private ContentVectors(Dictionary<int, Dictionary<string, double>> vectors) => _vectors = vectors;

    /// <summary>Builds vectors for <paramref name="movies"/>; word IDF = ln(N / films with the word). Introduced in lesson 29.</summary>
    public static ContentVectors Build(IEnumerable<Movie> movies, double titleWeight = 0.5)
    {
        ArgumentNullException.ThrowIfNull(movies);
        if (titleWeight < 0) throw new ArgumentOutOfRangeException(nameof(titleWeight), titleWeight, "must be >= 0");
        var list = movies.ToList();
        if (list.Count == 0) throw new ArgumentException("need at least one movie", nameof(movies));
        var words = list.ToDictionary(m => m.MovieId, m => Words(m.Title));
        var df = words.Values.SelectMany(w => w).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        var vectors = new Dictionary<int, Dictionary<string, double>>();
        foreach (var m in list)
        {
            var v = new Dictionary<string, double>();
            foreach (var g in m.Genres) v["genre:" + g] = 1;
            foreach (var w in words[m.MovieId]) v["word:" + w] = titleWeight * Math.Log((double)list.Count / df[w]);
            var norm = Math.Sqrt(v.Values.Sum(x => x * x));
            vectors[m.MovieId] = norm == 0 ? v : v.ToDictionary(kv => kv.Key, kv => kv.Value / norm);
        }
        return new ContentVectors(vectors);
    }

    /// <summary>The lower-case title words, each once (letters and digits; "the", "a", "an", "of", "and" dropped).</summary>
    public static string[] Words(string title) =>
        WordPattern().Matches(title.ToLowerInvariant()).Select(m => m.Value).Where(w => !StopWords.Contains(w)).Distinct().ToArray();

    private static readonly HashSet<string> StopWords = ["the", "a", "an", "of", "and", "le", "la", "les", "de", "aka"];

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    /// <summary>The unit-length vector of a film (sparse: feature name → weight).</summary>
    public IReadOnlyDictionary<string, double> Of(int movieId) => _vectors.TryGetValue(movieId, out var v) ? v
        : throw new ArgumentException($"movie {movieId} has no content vector", nameof(movieId));

    /// <summary>The mean of the vectors of <paramref name="movieIds"/>, a user's taste profile. Introduced in lesson 29.</summary>
    public Dictionary<string, double> Profile(IEnumerable<int> movieIds)
    {
        var sum = new Dictionary<string, double>();
        var n = 0;
        foreach (var id in movieIds)
        {
            n++;
            foreach (var (k, x) in Of(id)) sum[k] = sum.GetValueOrDefault(k) + x;
        }
        if (n == 0) throw new ArgumentException("need at least one movie for a profile", nameof(movieIds));
        return sum.ToDictionary(kv => kv.Key, kv => kv.Value / n);
    }

    /// <summary>Dot product of a profile (or any sparse vector) with a film's vector.</summary>
    public double Score(IReadOnlyDictionary<string, double> profile, int movieId) =>
        Of(movieId).Sum(kv => kv.Value * profile.GetValueOrDefault(kv.Key));
}
