using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Curriculum.Data;

/// <summary>One rating: user <paramref name="UserId"/> gave movie <paramref name="MovieId"/> 0.5..5 stars at a Unix time. Introduced in lesson 10.</summary>
public sealed record MovieRating(int UserId, int MovieId, float Rating, long Timestamp);

/// <summary>One movie: title (may be empty), release year (null when unknown) and its MovieLens genres.</summary>
public sealed record Movie(int MovieId, string Title, int? Year, string[] Genres)
{
    /// <summary>"Title (year)", or "movie 123" when the source has no title.</summary>
    public string Label => Title.Length == 0 ? $"movie {MovieId}" : Year is { } y ? $"{Title} ({y})" : Title;
}

/// <summary>
/// The MovieLens small data set (GroupLens ml-latest-small, via the R package dslabs 0.7.4): 100,004 ratings by 671
/// users of 9,066 movies. Non-commercial use only; see data/README.md for the licence and the citation. Introduced in lesson 10.
/// </summary>
public static class MovieLens
{
    public const string RatingsFile = "movielens-ratings.csv.gz";
    public const string MoviesFile = "movielens-movies.csv";

    /// <summary>All ratings, sorted by user, then time. Introduced in lesson 10.</summary>
    public static MovieRating[] Ratings()
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(DataFiles.PathOf(RatingsFile)), CompressionMode.Decompress));
        return ReadRatings(reader, RatingsFile);
    }

    /// <summary>All movies by id (genres split on '|'; "(no genres listed)" becomes no genres). Introduced in lesson 10.</summary>
    public static Dictionary<int, Movie> Movies()
    {
        using var reader = new StreamReader(DataFiles.PathOf(MoviesFile), Encoding.UTF8);
        return ReadMovies(reader, MoviesFile).ToDictionary(m => m.MovieId);
    }

    internal static MovieRating[] ReadRatings(TextReader reader, string fileName)
    {
        var header = reader.ReadLine();
        if (header != "userId,movieId,rating,timestamp")
            throw new InvalidDataException($"data/{fileName} must start with the header userId,movieId,rating,timestamp (got \"{header}\"). {DataFiles.Restore(fileName)}");
        var rows = new List<MovieRating>(100_004);
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var c = line.Split(',');
            if (c.Length != 4
                || !int.TryParse(c[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var user)
                || !int.TryParse(c[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var movie)
                || !float.TryParse(c[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var rating)
                || !long.TryParse(c[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out var time))
                throw new InvalidDataException($"data/{fileName} line {lineNumber} is not userId,movieId,rating,timestamp: \"{line}\". {DataFiles.Restore(fileName)}");
            rows.Add(new MovieRating(user, movie, rating, time));
        }
        return rows.ToArray();
    }

    internal static List<Movie> ReadMovies(TextReader reader, string fileName)
    {
        var header = reader.ReadLine();
        if (header != "movieId,title,year,genres")
            throw new InvalidDataException($"data/{fileName} must start with the header movieId,title,year,genres (got \"{header}\"). {DataFiles.Restore(fileName)}");
        var movies = new List<Movie>(9_066);
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var c = SplitCsvLine(line);
            if (c.Count != 4 || !int.TryParse(c[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)
                || (c[2].Length > 0 && !int.TryParse(c[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out _)))
                throw new InvalidDataException($"data/{fileName} line {lineNumber} is not movieId,title,year,genres: \"{line}\". {DataFiles.Restore(fileName)}");
            int? year = c[2].Length == 0 ? null : int.Parse(c[2], CultureInfo.InvariantCulture);
            var genres = c[3] == "(no genres listed)" || c[3].Length == 0 ? [] : c[3].Split('|');
            movies.Add(new Movie(id, c[1], year, genres));
        }
        return movies;
    }

    /// <summary>Splits one CSV line with RFC 4180 quoting ("a, b" is one field; "" inside quotes is a quote).</summary>
    internal static List<string> SplitCsvLine(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch != '"') field.Append(ch);
                else if (i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else quoted = false;
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(ch);
        }
        if (quoted) throw new FormatException($"unclosed quote in CSV line: {line}");
        fields.Add(field.ToString());
        return fields;
    }
}
