namespace Curriculum.Data;

/// <summary>One labelled review sentence; <paramref name="Kind"/> is plain, negation, mixed or sarcasm.</summary>
public sealed record ReviewSentence(int Id, string Text, bool IsPositive, string Kind, bool IsTest);

/// <summary>
/// Loaders for lesson 19's data: customer-review sentences written for this curriculum (CC0) and the AFINN-111
/// sentiment word list. Both go through the checksum check of <see cref="DataFiles"/>. Introduced in lesson 19.
/// </summary>
public static class SentimentData
{
    /// <summary>328 review sentences (163 positive, 165 negative) with a fixed held-out split of 81. Introduced in lesson 19.</summary>
    public static ReviewSentence[] Reviews()
    {
        const string file = "reviews-sentiment.csv";
        var (header, rows) = QuotedCsv.Read(file);
        if (!header.SequenceEqual(["id", "text", "label", "kind", "split"]))
            throw new InvalidDataException($"data/{file} must have the columns id,text,label,kind,split. {DataFiles.Restore(file)}");
        return rows.Select((r, i) => new ReviewSentence(
            int.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture),
            r[1],
            r[2] switch { "positive" => true, "negative" => false, var o => throw new InvalidDataException($"data/{file} row {i + 1}: label \"{o}\" is neither positive nor negative. {DataFiles.Restore(file)}") },
            r[3],
            r[4] switch { "test" => true, "train" => false, var o => throw new InvalidDataException($"data/{file} row {i + 1}: split \"{o}\" is neither train nor test. {DataFiles.Restore(file)}") }))
            .ToArray();
    }

    /// <summary>AFINN-111: 2,477 English words and phrases rated from -5 (very negative) to +5 (very positive). Introduced in lesson 19.</summary>
    public static Dictionary<string, int> Afinn()
    {
        const string file = "afinn-111.csv";
        var (header, rows) = QuotedCsv.Read(file);
        if (!header.SequenceEqual(["word", "valence"]))
            throw new InvalidDataException($"data/{file} must have the columns word,valence. {DataFiles.Restore(file)}");
        return rows.ToDictionary(r => r[0], r => int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
