using System.Text.RegularExpressions;
using Curriculum.Kernel.Docs;
using Curriculum.Kernel.Tests.Support;

namespace Curriculum.Kernel.Tests.Docs;

/// <summary>docs/glossary.md: every term with its Chinese name and meaning, linked to lessons that really use it.</summary>
public sealed partial class GlossaryTests
{
    private static readonly string Glossary = File.ReadAllText(Path.Combine(Repo.Root, "docs", "glossary.md"));

    private static IReadOnlyList<string[]> Rows(string heading)
    {
        var start = Glossary.IndexOf($"\n## {heading}", StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/glossary.md lacks the section \"## {heading}\"");
        var section = Glossary[(start + 1)..];
        var end = section.IndexOf("\n## ", 1, StringComparison.Ordinal);
        return (end < 0 ? section : section[..end]).Split('\n')
            .Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("|---", StringComparison.Ordinal))
            .Skip(1) // the header row
            .Select(l => l.Trim().Trim('|').Split(" | ").Select(c => c.Trim()).ToArray())
            .ToList();
    }

    [GeneratedRegex(@"\[(?<nn>\d\d)\]\(\.\./notebooks/(?<file>[^)]+)\)")]
    private static partial Regex LessonLink();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();

    /// <summary>
    /// The A–Z terms linked to <paramref name="lessonFile"/>: the English name and the Chinese names of the 中文 column
    /// (alternatives such as 召回率（查全率） split apart). Used by the translation test.
    /// </summary>
    internal static IReadOnlyList<(string English, string[] Chinese)> TermsOfLesson(string lessonFile) =>
        Rows("A–Z").Where(r => r.Length == 4 && r[3].Contains($"(../notebooks/{lessonFile})", StringComparison.Ordinal))
            .Select(r => (r[0], r[1].Split(['（', '）', '(', ')', '／', '/', '、', '，', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            .ToList();

    [Fact]
    public void Every_term_has_a_Chinese_name_a_meaning_and_links_to_lessons_that_use_it()
    {
        var lessons = LessonText.ReadAll(Repo.Notebooks).ToDictionary(l => l.FileName);
        var rows = Rows("A–Z");
        Assert.True(rows.Count >= 100, $"only {rows.Count} terms");
        var problems = new List<string>();
        foreach (var row in rows)
        {
            if (row.Length != 4) { problems.Add($"{string.Join(" | ", row)}: needs 4 columns"); continue; }
            var (term, chinese, meaning, links) = (row[0], row[1], row[2], row[3]);
            // Names such as BERT or BLEU are written in Latin letters in Chinese texts too.
            if (!Chinese().IsMatch(chinese) && chinese != term) problems.Add($"{term}: no Chinese name");
            if (meaning.Length < 20) problems.Add($"{term}: the meaning is missing or too short");
            var linked = LessonLink().Matches(links).ToList();
            if (linked.Count == 0) problems.Add($"{term}: links no lesson");
            foreach (Match link in linked)
            {
                var file = link.Groups["file"].Value;
                if (!lessons.TryGetValue(file, out var lesson) || !file.StartsWith(link.Groups["nn"].Value, StringComparison.Ordinal))
                    problems.Add($"{term}: links {file}, which is not a lesson");
                else if (!lesson.Markdown.Contains(term, StringComparison.OrdinalIgnoreCase))
                    problems.Add($"{term}: lesson {file} does not use the term");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Terms_are_in_alphabetical_order_and_listed_once()
    {
        var terms = Rows("A–Z").Select(r => r[0]).ToList();
        Assert.Equal(terms.Count, terms.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var unordered = terms.Zip(terms.Skip(1)).Where(p => string.Compare(p.First, p.Second, StringComparison.OrdinalIgnoreCase) > 0).ToList();
        Assert.True(unordered.Count == 0, "out of alphabetical order: " + string.Join("; ", unordered.Select(p => $"{p.First} before {p.Second}")));
    }

    [Fact]
    public void The_pairs_Chinese_readers_confuse_include_accuracy_against_precision()
    {
        var pairs = Rows("Terms Chinese readers often confuse");
        Assert.InRange(pairs.Count, 6, 20);
        var accuracy = Assert.Single(pairs, r => r[0].StartsWith("accuracy vs precision", StringComparison.Ordinal));
        Assert.Contains("准确率", accuracy[1]);
        Assert.Contains("精确率", accuracy[1]);
        Assert.Contains(pairs, r => r[1].Contains("过拟合"));
        Assert.Contains(pairs, r => r[1].Contains("泛化"));
    }
}
