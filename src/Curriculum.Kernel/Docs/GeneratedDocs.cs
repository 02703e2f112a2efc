using System.Text;
using Curriculum.Kernel.Notebooks;

namespace Curriculum.Kernel.Docs;

/// <summary>
/// The texts generated from the lessons and the library source, so they cannot drift: docs/interview-answers.md (every
/// lesson's "30-second answer"; docs/interview-answers.zh.md from the Chinese edition) and each lesson's closing cell that
/// links the library files it uses, in both languages. Written by `Curriculum.Kernel docs`; a test compares them with
/// what is committed.
/// </summary>
public static class GeneratedDocs
{
    /// <summary>The answers file: the thirty 30-second answers of one language, in lesson order, each linked to its lesson.</summary>
    public static string InterviewAnswers(IReadOnlyList<LessonText> lessons, LessonLanguage? language = null)
    {
        language ??= LessonLanguage.English;
        var text = new StringBuilder();
        text.Append(language.AnswersTitle).Append("\n\n").Append(language.AnswersIntro).Append('\n');
        foreach (var lesson in lessons)
        {
            var answer = lesson.Section(language.AnswerHeading)
                ?? throw new InvalidDataException($"{language.Folder}/{lesson.FileName} has no \"{language.AnswerHeading}\" section");
            var title = lesson.Cells[0].Source.Split('\n')[0].TrimStart('#', ' ');
            text.Append($"\n## {title}\n\n[{language.LessonLink}](../{language.Folder}/{lesson.FileName})\n\n");
            text.Append(answer.Source[language.AnswerHeading.Length..].Trim('\n')).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>
    /// The closing cell of a lesson: the library files its code uses, linked, with the types it names. The list comes
    /// from the English lesson (the translation's code is the same), the heading and sentence from <paramref name="language"/>.
    /// </summary>
    public static string LibraryCell(LessonText lesson, LessonUsage usage, LessonLanguage? language = null)
    {
        language ??= LessonLanguage.English;
        var files = usage.FilesUsedBy(lesson);
        var text = new StringBuilder(language.LibraryHeading).Append("\n\n");
        if (files.Count == 0) return text.Append(language.NoLibrary).ToString();
        text.Append(language.LibraryIntro).Append("\n\n");
        text.AppendJoin("\n", files.Select(f =>
            $"- [`{f.File}`](../src/Curriculum/{f.File}): {string.Join(", ", f.Types.Select(t => $"`{t}`"))}"));
        return text.ToString();
    }

    /// <summary>Writes both kinds, for every language whose folder exists, under <paramref name="repoRoot"/>; returns the files it changed.</summary>
    public static IReadOnlyList<string> Write(string repoRoot)
    {
        var english = LessonText.ReadAll(Path.Combine(repoRoot, LessonLanguage.English.Folder));
        var usage = new LessonUsage(english, LibrarySource.Read(Path.Combine(repoRoot, "src", "Curriculum")));
        var byFile = english.ToDictionary(l => l.FileName);
        var changed = new List<string>();
        foreach (var language in LessonLanguage.All)
        {
            var folder = Path.Combine(repoRoot, language.Folder);
            if (!Directory.Exists(folder)) continue;
            foreach (var lesson in LessonText.ReadAll(folder))
            {
                if (!byFile.TryGetValue(lesson.FileName, out var source)) continue; // a translation without its English lesson: the translation test says so
                var path = Path.Combine(folder, lesson.FileName);
                var notebook = NotebookFile.Load(path);
                if (!notebook.SetMarkdownSection(language.LibraryHeading, LibraryCell(source, usage, language))) continue;
                notebook.SaveSource(path);
                changed.Add(Path.Combine(language.Folder, lesson.FileName));
            }
            // Read again: the answers do not depend on the library cells, but the file must match the notebooks as saved.
            var answers = InterviewAnswers(LessonText.ReadAll(folder), language);
            var answersPath = Path.Combine(repoRoot, language.AnswersFile);
            if (!File.Exists(answersPath) || File.ReadAllText(answersPath) != answers)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(answersPath)!);
                File.WriteAllText(answersPath, answers);
                changed.Add(language.AnswersFile);
            }
        }
        return changed;
    }
}
