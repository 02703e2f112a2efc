using System.Globalization;
using System.IO.Compression;

namespace Curriculum.Data;

/// <summary>
/// A batch of rows read from a CSV file: <see cref="Rows"/> × <see cref="Columns"/> numbers in row-major order, ready to
/// become a tensor of shape [Rows, Columns]. <see cref="Values"/> may be longer than Rows × Columns (a reused buffer);
/// only the first Rows × Columns entries are the batch.
/// Introduced in lesson 04.</summary>
public sealed record CsvBatch(float[] Values, int Rows, int Columns, long FirstRow)
{
    /// <summary>Row <paramref name="r"/> of the batch as a new array.</summary>
    public float[] Row(int r)
    {
        if (r < 0 || r >= Rows) throw new ArgumentOutOfRangeException(nameof(r), r, $"the batch has rows 0..{Rows - 1}");
        return Values.AsSpan(r * Columns, Columns).ToArray();
    }
}

/// <summary>
/// Streams a numeric CSV file (plain, or gzip when the name ends in .gz) in fixed-size batches of chosen columns,
/// holding one batch in memory at a time: the reader for data bigger than memory. Lazy: nothing is read until you
/// enumerate, and a malformed line is only met when the stream reaches it. Introduced in lesson 04.
/// </summary>
public static class CsvBatches
{
    /// <summary>
    /// The rows of <paramref name="path"/> in batches of <paramref name="batchSize"/> (the last may be smaller), with the
    /// given <paramref name="columns"/> in that order (header names). With <paramref name="reuseBuffer"/> every batch
    /// shares one array (no allocation per batch; copy what you keep). Introduced in lesson 04.
    /// </summary>
    public static IEnumerable<CsvBatch> Read(string path, int batchSize, IReadOnlyList<string> columns, bool reuseBuffer = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(columns);
        if (batchSize <= 0) throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "must be positive");
        if (columns.Count == 0) throw new ArgumentException("choose at least one column", nameof(columns));
        if (!File.Exists(path)) throw new FileNotFoundException($"no file {path}", path);
        return Iterate(path, batchSize, columns.ToArray(), reuseBuffer);
    }

    /// <summary>Counts the data rows of a CSV file by streaming it (header excluded). Introduced in lesson 04.</summary>
    public static long CountRows(string path)
    {
        using var reader = Open(path);
        reader.ReadLine();
        long n = 0;
        while (reader.ReadLine() is { } line) if (line.Length > 0) n++;
        return n;
    }

    /// <summary>A text reader over a plain or .gz file.</summary>
    public static StreamReader Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Stream stream = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) stream = new GZipStream(stream, CompressionMode.Decompress);
        return new StreamReader(stream, bufferSize: 1 << 16);
    }

    private static IEnumerable<CsvBatch> Iterate(string path, int batchSize, string[] columns, bool reuseBuffer)
    {
        using var reader = Open(path);
        var header = reader.ReadLine()?.Split(',') ?? throw new InvalidDataException($"{path} is empty: no header line");
        var index = columns.Select(c =>
        {
            var i = Array.IndexOf(header, c);
            return i >= 0 ? i : throw new ArgumentException($"{path} has no column \"{c}\"; its columns are {string.Join(", ", header)}", nameof(columns));
        }).ToArray();
        var width = columns.Length;
        var buffer = new float[batchSize * width];
        var rows = 0;
        long lineNumber = 1, firstRow = 0, row = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0) continue;
            var cells = line.Split(',');
            if (cells.Length != header.Length)
                throw new InvalidDataException($"{path} line {lineNumber} has {cells.Length} fields, expected {header.Length}");
            for (var c = 0; c < width; c++)
            {
                if (!float.TryParse(cells[index[c]], NumberStyles.Float, CultureInfo.InvariantCulture, out buffer[rows * width + c]))
                    throw new InvalidDataException($"{path} line {lineNumber}, column {columns[c]}: \"{cells[index[c]]}\" is not a number");
            }
            rows++;
            row++;
            if (rows == batchSize)
            {
                yield return new CsvBatch(buffer, rows, width, firstRow);
                if (!reuseBuffer) buffer = new float[batchSize * width];
                rows = 0;
                firstRow = row;
            }
        }
        if (rows > 0) yield return new CsvBatch(reuseBuffer ? buffer : buffer[..(rows * width)], rows, width, firstRow);
    }
}
