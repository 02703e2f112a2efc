using System.IO.Compression;
using System.Text.Json;

namespace Curriculum.Data;

/// <summary>
/// Data files of one JSON record per line, gzip-compressed (data/*.jsonl.gz), read after their checksum is checked.
/// A malformed record names the file, the line and how to restore the file, so nothing is skipped silently.
/// </summary>
internal static class JsonLines
{
    /// <summary>Every record of data/<paramref name="file"/>, parsed by <paramref name="parse"/>.</summary>
    internal static T[] Read<T>(string file, string record, Func<JsonElement, T> parse)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(DataFiles.PathOf(file)), CompressionMode.Decompress));
        return Parse(reader, file, record, parse);
    }

    /// <summary>
    /// The records of <paramref name="reader"/>, one per line. <paramref name="parse"/> may throw JsonException,
    /// KeyNotFoundException (a missing property), InvalidOperationException (a wrong JSON type) or InvalidDataException
    /// (a bad value); each becomes an error naming data/<paramref name="file"/>, the line and a <paramref name="record"/>.
    /// </summary>
    internal static T[] Parse<T>(TextReader reader, string file, string record, Func<JsonElement, T> parse)
    {
        var rows = new List<T>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            try
            {
                using var doc = JsonDocument.Parse(line);
                rows.Add(parse(doc.RootElement));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or InvalidDataException)
            {
                throw new InvalidDataException($"data/{file} line {lineNumber} is not a valid {record} ({e.Message}). {DataFiles.Restore(file)}", e);
            }
        }
        return rows.ToArray();
    }
}
