using System.Text.RegularExpressions;
using Curriculum.Kernel.Notebooks;

namespace Curriculum.Kernel.Docs;

/// <summary>A lesson notebook's number, file name, code and markdown, as the generated docs and back-link checks read it.</summary>
public sealed partial record LessonText(int Number, string FileName, IReadOnlyList<NotebookCell> Cells)
{
    public string Code => string.Join("\n", Cells.Where(c => c.IsCode).Select(c => c.Source));

    public string Markdown => string.Join("\n", Cells.Where(c => !c.IsCode).Select(c => c.Source));

    /// <summary>The first markdown cell that starts with <paramref name="heading"/> (e.g. "## The 30-second answer"), or null.</summary>
    public NotebookCell? Section(string heading) =>
        Cells.FirstOrDefault(c => !c.IsCode && (c.Source.StartsWith(heading + "\n", StringComparison.Ordinal) || c.Source == heading));

    [GeneratedRegex(@"^(?<nn>\d\d)-[a-z0-9-]+\.ipynb$")]
    private static partial Regex LessonFile();

    /// <summary>The lesson notebooks (NN-slug.ipynb) of <paramref name="folder"/>, in lesson order.</summary>
    public static IReadOnlyList<LessonText> ReadAll(string folder) =>
        Directory.GetFiles(folder, "*.ipynb").Select(Path.GetFileName).OfType<string>()
            .Where(f => LessonFile().IsMatch(f)).Order(StringComparer.Ordinal)
            .Select(f => new LessonText(int.Parse(f[..2]), f, NotebookFile.Load(Path.Combine(folder, f)).Cells))
            .ToList();
}
