using Curriculum.Data;
using Curriculum.Recommendation;

namespace Curriculum.Tests.Recommendation;

public class ContentVectorsTests
{
    private static readonly Movie[] Films =
    [
        new(1, "Star Trek", 2009, ["Action", "Sci-Fi"]),
        new(2, "Star Wars", 1977, ["Action", "Sci-Fi"]),
        new(3, "The Notebook", 2004, ["Drama", "Romance"]),
        new(4, "", null, []),
    ];

    [Fact]
    public void Words_are_lower_case_without_stop_words_and_repeats()
    {
        Assert.Equal(["star", "trek", "ii"], ContentVectors.Words("Star Trek II: The Star Trek"));
        Assert.Equal(["amélie"], ContentVectors.Words("Amélie"));
    }

    [Fact]
    public void Vectors_have_unit_length_and_match_a_hand_computed_cosine()
    {
        var v = ContentVectors.Build(Films);
        Assert.Equal(1.0, v.Of(1).Values.Sum(x => x * x), 12);
        // film 1: genres 1, 1; "star" 0.5·ln(4/2), "trek" 0.5·ln(4/1). Film 2: genres, "star" 0.5·ln 2, "wars" 0.5·ln 4.
        double s = 0.5 * Math.Log(2), t = 0.5 * Math.Log(4);
        var expected = (2 + s * s) / (2 + s * s + t * t);
        Assert.Equal(expected, v.Score(v.Of(1), 2), 12);
        Assert.Equal(0, v.Score(v.Of(1), 3), 12);
        Assert.Empty(v.Of(4)); // nothing known: a zero vector, not NaN
    }

    [Fact]
    public void A_profile_is_the_mean_of_the_vectors()
    {
        var v = ContentVectors.Build(Films, titleWeight: 0);
        var profile = v.Profile([1, 3]);
        Assert.Equal(0.5 / Math.Sqrt(2), profile["genre:Action"], 12);
        Assert.Equal(0.5 / Math.Sqrt(2), profile["genre:Drama"], 12);
        Assert.Equal(0.5, v.Score(profile, 2), 12); // film 2 = film 1 in genres only
    }

    [Fact]
    public void Unknown_films_and_empty_profiles_are_errors()
    {
        var v = ContentVectors.Build(Films);
        Assert.Equal("movieId", Assert.Throws<ArgumentException>(() => v.Of(9)).ParamName);
        Assert.Equal("movieIds", Assert.Throws<ArgumentException>(() => v.Profile([])).ParamName);
        Assert.Equal("titleWeight", Assert.Throws<ArgumentOutOfRangeException>(() => ContentVectors.Build(Films, -1)).ParamName);
    }
}
