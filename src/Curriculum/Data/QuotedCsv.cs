using System.Text;

namespace Curriculum.Data;

/// <summary>
/// Reads CSV files whose fields may be text with commas, quotes and line breaks (RFC 4180 quoting: a field in double
/// quotes, a quote inside it doubled). The numeric reader <see cref="Csv"/> is for number tables.
/// </summary>
public static class QuotedCsv
{
    /// <summary>A data file (checksum-verified through <see cref="DataFiles.PathOf(string)"/>) as a header and rows of strings.</summary>
    public static (string[] Header, string[][] Rows) Read(string fileName)
    {
        var path = DataFiles.PathOf(fileName);
        var records = Parse(File.ReadAllText(path, Encoding.UTF8));
        if (records.Count == 0) throw new InvalidDataException($"data/{fileName} is empty. {DataFiles.Restore(fileName)}");
        var header = records[0];
        for (var r = 1; r < records.Count; r++)
            if (records[r].Length != header.Length)
                throw new InvalidDataException($"data/{fileName} row {r} has {records[r].Length} fields, the header has {header.Length}. {DataFiles.Restore(fileName)}");
        return (header, records.Skip(1).ToArray());
    }

    /// <summary>Splits CSV text into records of fields.</summary>
    public static List<string[]> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var any = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
                continue;
            }
            switch (c)
            {
                case '"': quoted = true; any = true; break;
                case ',': fields.Add(field.ToString()); field.Clear(); any = true; break;
                case '\r': break;
                case '\n':
                    fields.Add(field.ToString()); field.Clear();
                    records.Add(fields.ToArray()); fields.Clear(); any = false;
                    break;
                default: field.Append(c); any = true; break;
            }
        }
        if (quoted) throw new InvalidDataException("the CSV text ends inside a quoted field (an unmatched \")");
        if (any) { fields.Add(field.ToString()); records.Add(fields.ToArray()); }
        return records;
    }
}
