using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Curriculum.Kernel.Notebooks;

namespace Curriculum.Kernel.Docs;

/// <summary>
/// A translated lesson and the English lesson it follows: the same cells in the same order, code cells identical, prose
/// translated. The translation records a hash of the English lesson it was made from (and one per cell), so a changed
/// English lesson shows as drift, cell by cell, until its translation is updated and stamped again.
/// </summary>
public static class Translation
{
    public const string MetadataKey = "curriculum_translation";
    public const string StampCommand = "dotnet run --project src/Curriculum.Kernel -c Release -- translations stamp";

    /// <summary>A cell's content as a translation follows it: type and source (16 hex digits of SHA-256).</summary>
    public static string CellHash(NotebookCell cell) => Sha256($"{cell.CellType}\n{cell.Source}")[..16];

    /// <summary>
    /// The English lesson as a translation follows it: every cell's id and content except the generated library-code
    /// cell, which `docs` writes in both languages from the library itself.
    /// </summary>
    public static string SourceHash(NotebookFile english) =>
        Sha256(string.Concat(Followed(english).Select(c => $"{c.Id}\t{CellHash(c)}\n")));

    private static IEnumerable<NotebookCell> Followed(NotebookFile english) =>
        english.Cells.Where(c => c.IsCode || !c.Source.StartsWith(LessonLanguage.English.LibraryHeading, StringComparison.Ordinal));

    /// <summary>
    /// What breaks the cell-by-cell correspondence: a different number of cells, another id or type at a position, a code
    /// cell that is not identical (source and metadata), a prose cell with no Chinese in it. Empty when none.
    /// </summary>
    public static IReadOnlyList<string> StructureProblems(NotebookFile english, NotebookFile translation)
    {
        var problems = new List<string>();
        var (en, tr) = (english.Cells, translation.Cells);
        if (en.Count != tr.Count) problems.Add($"{tr.Count} cells, the English lesson has {en.Count}");
        for (var i = 0; i < Math.Min(en.Count, tr.Count); i++)
        {
            if (en[i].Id != tr[i].Id || en[i].CellType != tr[i].CellType)
            {
                problems.Add($"cell {i + 1} is {tr[i].CellType} {tr[i].Id}, the English lesson's is {en[i].CellType} {en[i].Id}");
                continue;
            }
            if (en[i].IsCode && !JsonNode.DeepEquals(en[i].Json, tr[i].Json))
                problems.Add($"code cell {i + 1} ({en[i].Id}) differs from the English lesson's: {FirstLine(en[i])}");
            if (!en[i].IsCode && !tr[i].Source.Any(IsHan))
                problems.Add($"markdown cell {i + 1} ({tr[i].Id}) has no Chinese: {FirstLine(tr[i])}");
        }
        return problems;
    }

    /// <summary>
    /// The English cells that changed since the translation was stamped (by position and first line), or why that cannot
    /// be told; empty when the translation follows today's English lesson.
    /// </summary>
    public static IReadOnlyList<string> Drift(NotebookFile english, NotebookFile translation)
    {
        if (translation.Metadata[MetadataKey] is not JsonObject record || (string?)record["source_sha256"] is not { } stamped)
            return ["the translation was never stamped"];
        if (stamped == SourceHash(english)) return [];
        var then = record["cells"] as JsonObject ?? new JsonObject();
        var now = Followed(english).ToList();
        var changes = new List<string>();
        foreach (var cell in now)
        {
            var old = (string?)then[cell.Id ?? ""];
            if (old is null) changes.Add($"cell {cell.Index + 1} is new: {FirstLine(cell)}");
            else if (old != CellHash(cell)) changes.Add($"cell {cell.Index + 1} changed: {FirstLine(cell)}");
        }
        var ids = now.Select(c => c.Id).ToHashSet();
        changes.AddRange(then.Select(kv => kv.Key).Where(id => !ids.Contains(id)).Select(id => $"cell {id} was removed"));
        if (changes.Count == 0) changes.Add("the cells moved");
        return changes;
    }

    /// <summary>
    /// Records that <paramref name="translation"/> follows today's <paramref name="english"/>: copies every code cell from
    /// the English lesson (so they are identical), then stores the hashes. Throws when the cells do not correspond.
    /// </summary>
    public static void Stamp(NotebookFile english, NotebookFile translation, string englishPathFromTranslation)
    {
        var (en, tr) = (english.Cells, translation.Cells);
        var mismatch = en.Count != tr.Count || en.Zip(tr).Any(p => p.First.Id != p.Second.Id || p.First.CellType != p.Second.CellType);
        if (mismatch)
            throw new InvalidDataException($"{translation.Path} does not follow {english.Path} cell by cell: " +
                string.Join("; ", StructureProblems(english, translation).Take(5)));
        foreach (var cell in en.Where(c => c.IsCode)) translation.CopyCell(cell.Index, cell);
        translation.Metadata[MetadataKey] = new JsonObject
        {
            ["translated_from"] = englishPathFromTranslation,
            ["source_sha256"] = SourceHash(english),
            ["cells"] = new JsonObject(Followed(english).Select(c => KeyValuePair.Create(c.Id ?? "", (JsonNode?)JsonValue.Create(CellHash(c))))),
        };
    }

    /// <summary>A CJK ideograph (the Unified Ideographs block and extension A).</summary>
    public static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';

    private static string FirstLine(NotebookCell cell)
    {
        var line = cell.Source.Split('\n').FirstOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "(empty)";
        return line.Length > 70 ? line[..70] + "…" : line;
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
