using System.Text;
using System.Text.Json;
using Curriculum.Kernel.Notebooks;

namespace Curriculum.Kernel.Runner;

/// <summary>The run's report: one row per notebook (status, seconds, checks, headline) and the closing count.</summary>
public static class Summary
{
    public static string Row(NotebookResult r)
    {
        var row = TimeRow(r);
        if (!r.Passed)
            row += $"\n      {(r.FailedCell is { } cell ? $"cell {cell}: " : "")}{Indent(r.Error ?? "failed")}";
        return row;
    }

    /// <summary>The row without the error: status, seconds, checks, oneDNN, headline, and the slowest cell.</summary>
    public static string TimeRow(NotebookResult r)
    {
        var name = Name(r);
        var status = r.Passed ? "PASS" : "FAIL";
        var checks = r.Checks.Count == 0 ? "no checks" : $"checks {r.Checks.Count(c => c.Passed)}/{r.Checks.Count}";
        var headline = Headline(r);
        var oneDnn = r.OneDnn is { } d ? $"oneDNN {d.Split(':')[0]}" : "no torch";
        var row = $"{status}  {name,-40} {r.Seconds,6:F1} s  {checks,-11}  {oneDnn,-10}  {headline}";
        if (r.Slowest is { } slow) row += $"\n      slowest cell {slow.Cell}: {slow.Seconds:F1} s";
        return row;
    }

    /// <summary>The lesson's name, with its language folder when it is a translation ("zh/03-evaluation").</summary>
    public static string Name(NotebookResult r)
    {
        var language = Docs.LessonLanguage.OfNotebook(r.Notebook);
        var name = Path.GetFileNameWithoutExtension(r.Notebook);
        return language == Docs.LessonLanguage.English ? name : $"{language.Code}/{name}";
    }

    /// <summary>The first check is the lesson's headline claim, by convention of the check cells.</summary>
    public static string Headline(NotebookResult r) =>
        r.Checks.FirstOrDefault() is { } c ? $"{c.Name} = {c.Value}" : "";

    public static string Closing(IReadOnlyList<NotebookResult> results) =>
        $"{results.Count(r => r.Passed)} passed, {results.Count(r => !r.Passed)} failed";

    /// <summary>summary.md and summary.json; both start with the <paramref name="platform"/> lines (CPU, threads, malloc, oneDNN).</summary>
    public static void Write(string folder, IReadOnlyList<NotebookResult> results, IReadOnlyList<string> platform)
    {
        var md = new StringBuilder();
        foreach (var line in platform) md.AppendLine($"- {line}");
        md.AppendLine();
        md.AppendLine("| Notebook | Status | Seconds | Checks | oneDNN | Headline |");
        md.AppendLine("|---|---|---:|---|---|---|");
        foreach (var r in results)
            md.AppendLine($"| {Name(r)}.ipynb | {(r.Passed ? "pass" : $"FAIL (cell {r.FailedCell})")} | " +
                          $"{r.Seconds:F1} | {r.Checks.Count(c => c.Passed)}/{r.Checks.Count} | {r.OneDnn ?? "not loaded"} | {Headline(r)} |");
        md.AppendLine().AppendLine(Closing(results));
        File.WriteAllText(Path.Combine(folder, "summary.md"), md.ToString());
        File.WriteAllText(Path.Combine(folder, "summary.json"),
            JsonSerializer.Serialize(new { Platform = platform, Lessons = results },
                new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    private static string Indent(string text) => text.Trim().Replace("\n", "\n      ");
}
