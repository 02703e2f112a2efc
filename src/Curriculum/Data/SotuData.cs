namespace Curriculum.Data;

/// <summary>A passage of about 100 words (whole sentences) from one State of the Union address.</summary>
public sealed record SotuPassage(int Id, int Year, string President, string Party, int Number, string Text);

/// <summary>A search query written for lesson 26 and the ids of the passages that answer it. Introduced in lesson 26.</summary>
public sealed record SearchQuery(int Id, string Text, int[] Relevant);

/// <summary>
/// Loaders for lesson 26: passages of seven State of the Union addresses (1790-2021, public domain) and a labelled
/// query set written for this curriculum. Both go through the checksum check of <see cref="DataFiles"/>. Introduced in lesson 26.
/// </summary>
public static class SotuData
{
    /// <summary>320 passages of the 1790, 1862, 1941, 1962, 1986, 2013 and 2021 addresses, in speech order. Introduced in lesson 26.</summary>
    public static SotuPassage[] Passages()
    {
        const string file = "sotu-passages.csv";
        var (header, rows) = QuotedCsv.Read(file);
        if (!header.SequenceEqual(["id", "year", "president", "party", "passage", "text"]))
            throw new InvalidDataException($"data/{file} must have the columns id,year,president,party,passage,text. {DataFiles.Restore(file)}");
        return rows.Select(r => new SotuPassage(Int(r[0]), Int(r[1]), r[2], r[3], Int(r[4]), r[5])).ToArray();
    }

    /// <summary>35 queries, each with the ids of its relevant passages (1 to 5). Introduced in lesson 26.</summary>
    public static SearchQuery[] Queries()
    {
        const string file = "sotu-queries.csv";
        var (header, rows) = QuotedCsv.Read(file);
        if (!header.SequenceEqual(["id", "query", "relevant"]))
            throw new InvalidDataException($"data/{file} must have the columns id,query,relevant. {DataFiles.Restore(file)}");
        return rows.Select(r => new SearchQuery(Int(r[0]), r[1], r[2].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Int).ToArray())).ToArray();
    }

    private static int Int(string s) => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
