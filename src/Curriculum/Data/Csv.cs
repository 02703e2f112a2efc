using System.Globalization;

namespace Curriculum.Data;

/// <summary>A numeric CSV table: header names and rows of numbers. Enough for the derived files in data/.</summary>
public sealed record NumericTable(string[] Columns, double[][] Rows)
{
    /// <summary>Index of a column by name, or a clear error listing the columns there are.</summary>
    public int IndexOf(string column)
    {
        var i = Array.IndexOf(Columns, column);
        return i >= 0 ? i : throw new ArgumentException($"no column \"{column}\"; the columns are {string.Join(", ", Columns)}", nameof(column));
    }

    public double[] Column(string column)
    {
        var i = IndexOf(column);
        return Rows.Select(r => r[i]).ToArray();
    }
}

/// <summary>Reads the plain numeric CSV files in data/ (header row, comma separated, invariant culture).</summary>
public static class Csv
{
    /// <summary>Reads a verified data file as a numeric table; a malformed row names the file and line.</summary>
    public static NumericTable ReadNumeric(string fileName)
    {
        using var reader = new StreamReader(DataFiles.PathOf(fileName));
        return Read(reader, fileName);
    }

    /// <summary>Parses the CSV text of data file <paramref name="fileName"/> (named in errors); <see cref="ReadNumeric"/> after the checksum.</summary>
    internal static NumericTable Read(TextReader reader, string fileName)
    {
        var header = reader.ReadLine()?.Split(',') ?? throw new InvalidDataException($"data/{fileName} is empty. {DataFiles.Restore(fileName)}");
        var rows = new List<double[]>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0) continue;
            var cells = line.Split(',');
            if (cells.Length != header.Length)
                throw new InvalidDataException($"data/{fileName} line {lineNumber} has {cells.Length} fields, expected {header.Length}. {DataFiles.Restore(fileName)}");
            var row = new double[cells.Length];
            for (var c = 0; c < cells.Length; c++)
                if (!double.TryParse(cells[c], NumberStyles.Float, CultureInfo.InvariantCulture, out row[c]))
                    throw new InvalidDataException($"data/{fileName} line {lineNumber}, column {header[c]}: \"{cells[c]}\" is not a number. {DataFiles.Restore(fileName)}");
            rows.Add(row);
        }
        return new NumericTable(header, rows.ToArray());
    }
}
