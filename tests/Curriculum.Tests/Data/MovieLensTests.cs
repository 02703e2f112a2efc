using Curriculum.Data;

namespace Curriculum.Tests.Data;

/// <summary>The MovieLens loaders against the facts data/README.md states, and the CSV quoting rules.</summary>
public class MovieLensTests
{
    private static readonly Lazy<MovieRating[]> RatingsData = new(MovieLens.Ratings);
    private static readonly Lazy<Dictionary<int, Movie>> MoviesData = new(MovieLens.Movies);

    [Fact]
    public void Ratings_are_100004_by_671_users_on_9066_movies_in_half_stars()
    {
        var r = RatingsData.Value;
        Assert.Equal(100_004, r.Length);
        Assert.Equal(671, r.Select(x => x.UserId).Distinct().Count());
        Assert.Equal(9_066, r.Select(x => x.MovieId).Distinct().Count());
        Assert.All(r, x => Assert.True(x.Rating is >= 0.5f and <= 5f && x.Rating * 2 == MathF.Round(x.Rating * 2), $"rating {x.Rating}"));
        Assert.Equal(20, r.GroupBy(x => x.UserId).Min(g => g.Count()));
    }

    [Fact]
    public void Rating_counts_match_the_readme()
    {
        var counts = RatingsData.Value.GroupBy(x => x.Rating).OrderBy(g => g.Key).Select(g => g.Count()).ToArray();
        Assert.Equal(new[] { 1101, 3326, 1687, 7271, 4449, 20064, 10538, 28750, 7723, 15095 }, counts);
    }

    [Fact]
    public void First_rating_is_user_1s_earliest()
    {
        Assert.Equal(new MovieRating(1, 2294, 2f, 1260759108), RatingsData.Value[0]);
    }

    [Fact]
    public void Every_rated_movie_is_in_the_movie_table_and_titles_with_commas_and_quotes_parse()
    {
        var movies = MoviesData.Value;
        Assert.Equal(9_066, movies.Count);
        Assert.All(RatingsData.Value, x => Assert.True(movies.ContainsKey(x.MovieId), $"movie {x.MovieId}"));
        Assert.Equal(new Movie(1, "Toy Story", 1995, ["Adventure", "Animation", "Children", "Comedy", "Fantasy"]).Label, movies[1].Label);
        Assert.Equal(["Adventure", "Animation", "Children", "Comedy", "Fantasy"], movies[1].Genres);
        Assert.Equal("\"Great Performances\" Cats", movies[51372].Title);
        Assert.Equal("11'09\"01 - September 11", movies[7789].Title);
        Assert.Equal(5, movies.Values.Count(m => m.Title.Length == 0 && m.Year is null));
        Assert.Equal("movie 108583", movies[108583].Label);
    }

    [Theory]
    [InlineData("a,b,c", new[] { "a", "b", "c" })]
    [InlineData("1,\"Hello, World\",2", new[] { "1", "Hello, World", "2" })]
    [InlineData("\"\"\"q\"\" x\",", new[] { "\"q\" x", "" })]
    [InlineData(",,", new[] { "", "", "" })]
    public void SplitCsvLine_follows_rfc_4180_quoting(string line, string[] expected)
    {
        Assert.Equal(expected, MovieLens.SplitCsvLine(line));
    }

    [Fact]
    public void A_malformed_rating_line_names_the_file_and_line()
    {
        var e = Assert.Throws<InvalidDataException>(() =>
            MovieLens.ReadRatings(new StringReader("userId,movieId,rating,timestamp\n1,2,3,4\n1,2,x,4\n"), "f.csv.gz"));
        Assert.Contains("data/f.csv.gz line 3", e.Message);
        Assert.Contains("git checkout", e.Message);
    }

    [Fact]
    public void A_wrong_header_is_an_error()
    {
        var e = Assert.Throws<InvalidDataException>(() => MovieLens.ReadMovies(new StringReader("id,title\n"), "m.csv"));
        Assert.Contains("movieId,title,year,genres", e.Message);
    }
}
