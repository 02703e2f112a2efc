using System.Text;
using Curriculum.Kernel.Notebooks;

namespace Curriculum.Kernel.Docs;

/// <summary>
/// The texts generated from the lessons and the library source, so they cannot drift: docs/interview-answers.md (every
/// lesson's "30-second answer") and each lesson's closing cell that links the library files it uses. Written by
/// `Curriculum.Kernel docs`; a test compares them with what is committed.
/// </summary>
public static class GeneratedDocs
{
    public const string AnswerHeading = "## The 30-second answer";
    public const string LibraryHeading = "## The library code behind this lesson";
    public const string AnswersFile = "docs/interview-answers.md";

    /// <summary>docs/interview-answers.md: the thirty 30-second answers, in lesson order, each linked to its lesson.</summary>
    public static string InterviewAnswers(IReadOnlyList<LessonText> lessons)
    {
        var text = new StringBuilder();
        text.Append("# The 30-second answers\n\n");
        text.Append("What to say in an interview for each question of the source article, what not to say, and the number from the\n");
        text.Append("lesson that proves it (measured on the 2-core build machine; it varies a little by CPU). Generated from the lessons'\n");
        text.Append("\"The 30-second answer\" sections by `dotnet run --project src/Curriculum.Kernel -c Release -- docs`: edit the\n");
        text.Append("lessons, not this file.\n");
        foreach (var lesson in lessons)
        {
            var answer = lesson.Section(AnswerHeading)
                ?? throw new InvalidDataException($"{lesson.FileName} has no \"{AnswerHeading}\" section");
            var title = lesson.Cells[0].Source.Split('\n')[0].TrimStart('#', ' ');
            text.Append($"\n## {title}\n\n[The lesson](../notebooks/{lesson.FileName})\n\n");
            text.Append(answer.Source[AnswerHeading.Length..].Trim('\n')).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>The closing cell of a lesson: the library files its code uses, linked, with the types it names.</summary>
    public static string LibraryCell(LessonText lesson, LessonUsage usage)
    {
        var files = usage.FilesUsedBy(lesson);
        var text = new StringBuilder(LibraryHeading).Append("\n\n");
        if (files.Count == 0) return text.Append("This lesson calls no helper of the library directly.").ToString();
        text.Append("The helpers this lesson calls, in `src/Curriculum/` (each one's summary names the lesson that introduced it):\n\n");
        text.AppendJoin("\n", files.Select(f =>
            $"- [`{f.File}`](../src/Curriculum/{f.File}): {string.Join(", ", f.Types.Select(t => $"`{t}`"))}"));
        return text.ToString();
    }

    /// <summary>Writes both under <paramref name="repoRoot"/>; returns the files it changed.</summary>
    public static IReadOnlyList<string> Write(string repoRoot)
    {
        var notebooks = Path.Combine(repoRoot, "notebooks");
        var lessons = LessonText.ReadAll(notebooks);
        var usage = new LessonUsage(lessons, LibrarySource.Read(Path.Combine(repoRoot, "src", "Curriculum")));
        var changed = new List<string>();
        foreach (var lesson in lessons)
        {
            var path = Path.Combine(notebooks, lesson.FileName);
            var notebook = NotebookFile.Load(path);
            if (!notebook.SetMarkdownSection(LibraryHeading, LibraryCell(lesson, usage))) continue;
            notebook.SaveSource(path);
            changed.Add(Path.Combine("notebooks", lesson.FileName));
        }
        // Read again: the answers do not depend on the library cells, but the file must match the notebooks as saved.
        var answers = InterviewAnswers(LessonText.ReadAll(notebooks));
        var answersPath = Path.Combine(repoRoot, AnswersFile);
        if (!File.Exists(answersPath) || File.ReadAllText(answersPath) != answers)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(answersPath)!);
            File.WriteAllText(answersPath, answers);
            changed.Add(AnswersFile);
        }
        return changed;
    }
}
