using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Curriculum.Kernel.Docs;
using Curriculum.Kernel.Tests.Support;

namespace Curriculum.Kernel.Tests.Hygiene;

/// <summary>
/// Source notebooks carry no outputs, open in VS Code's C# kernel, and follow the lesson anatomy, in both languages (the
/// Chinese edition with its own fixed headings, <see cref="LessonLanguage"/>).
/// </summary>
public sealed partial class NotebookHygieneTests
{
    /// <summary>Every lesson of every language, as a path from the repository root ("notebooks-zh/03-evaluation.ipynb").</summary>
    public static TheoryData<string> Notebooks() => new(LessonLanguage.All
        .Where(l => Directory.Exists(Path.Combine(Repo.Root, l.Folder)))
        .SelectMany(l => Directory.GetFiles(Path.Combine(Repo.Root, l.Folder), "*.ipynb").Order(StringComparer.Ordinal)
            .Select(f => $"{l.Folder}/{Path.GetFileName(f)}")));

    private static JsonNode Load(string notebook) => JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Root, notebook)))!;

    private static LessonLanguage Language(string notebook) => LessonLanguage.OfNotebook(Path.Combine(Repo.Root, notebook));

    private static string Text(JsonNode cell) =>
        cell["source"] is JsonArray lines ? string.Concat(lines.Select(l => (string?)l)) : (string?)cell["source"] ?? "";

    [GeneratedRegex(@"^(?<nn>\d\d)-[a-z0-9]+(-[a-z0-9]+)*\.ipynb$")]
    private static partial Regex FileName();

    [Fact]
    public void There_are_lesson_notebooks_named_NN_slug()
    {
        var files = Repo.NotebookFiles.Select(Path.GetFileName).ToList();
        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.Matches(FileName(), f!));
        Assert.Equal(files.Count, files.Select(f => f![..2]).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Source_notebooks_have_no_outputs(string notebook)
    {
        foreach (var cell in Load(notebook)["cells"]!.AsArray().Where(c => (string?)c!["cell_type"] == "code"))
        {
            Assert.True(cell!["outputs"] is not JsonArray { Count: > 0 }, $"{notebook} has a cell with outputs; commit notebooks without outputs");
            Assert.Null(cell["execution_count"]?.GetValue<int?>());
        }
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Every_cell_has_a_unique_nbformat_id(string notebook)
    {
        // nbformat 4.5 (these notebooks' version) requires an id per cell; Jupyter's validator rejects a cell without one.
        var json = Load(notebook);
        Assert.Equal((4, 5), ((int)json["nbformat"]!, (int)json["nbformat_minor"]!));
        var ids = json["cells"]!.AsArray().Select(c => (string?)c!["id"]).ToList();
        Assert.All(ids, id => Assert.Matches("^[a-zA-Z0-9_-]{1,64}$", id ?? ""));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebooks_name_the_Jupyter_kernel_and_keep_the_Polyglot_metadata(string notebook)
    {
        var json = Load(notebook);
        // Jupyter front ends (VS Code's Jupyter extension, JupyterLab, nbconvert) start the kernelspec of this name.
        Assert.Equal(Curriculum.Kernel.Jupyter.KernelSpec.Name, (string?)json["metadata"]?["kernelspec"]?["name"]);
        Assert.Equal(Curriculum.Kernel.Jupyter.KernelSpec.DisplayName, (string?)json["metadata"]?["kernelspec"]?["display_name"]);
        Assert.Equal("C#", (string?)json["metadata"]?["kernelspec"]?["language"]);
        Assert.Equal("C#", (string?)json["metadata"]?["language_info"]?["name"]); // C# highlighting in the Jupyter extension
        // The legacy Polyglot Notebooks route reads these.
        Assert.Equal("csharp", (string?)json["metadata"]?["polyglot_notebook"]?["kernelInfo"]?["defaultKernelName"]);
        foreach (var cell in json["cells"]!.AsArray().Where(c => (string?)c!["cell_type"] == "code"))
            Assert.Equal("csharp", (string?)cell!["metadata"]?["polyglot_notebook"]?["kernelName"]);
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Polyglot_Notebooks_still_reads_every_code_cell_as_CSharp(string notebook)
    {
        // The parser the Polyglot Notebooks extension's kernel uses for .ipynb files (Microsoft.DotNet.Interactive.Documents).
        var kernels = new Microsoft.DotNet.Interactive.Documents.KernelInfoCollection
        {
            new Microsoft.DotNet.Interactive.Documents.KernelInfo("csharp", "C#"),
            new Microsoft.DotNet.Interactive.Documents.KernelInfo("markdown", "Markdown"),
        };
        kernels.DefaultKernelName = "csharp";
        var document = await Microsoft.DotNet.Interactive.Documents.InteractiveDocument.LoadAsync(new FileInfo(Path.Combine(Repo.Root, notebook)), kernels);
        var code = document.Elements.Where(e => e.KernelName != "markdown").ToList();
        Assert.Equal(Load(notebook)["cells"]!.AsArray().Count(c => (string?)c!["cell_type"] == "code"), code.Count);
        Assert.All(code, e => Assert.Equal("csharp", e.KernelName));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebooks_follow_the_lesson_anatomy(string notebook)
    {
        var cells = Load(notebook)["cells"]!.AsArray().Select(c => c!).ToList();
        var markdown = string.Join("\n", cells.Where(c => (string?)c["cell_type"] == "markdown").Select(Text));
        var title = Text(cells[0]);
        var language = Language(notebook);
        Assert.StartsWith($"# {Path.GetFileName(notebook)[..2]} · ", title);
        // The seed's heading, its whole question (题目) and an English translation of it.
        Assert.Matches(@"\n> 原题：\S.*\n>\n> 题目：\S.*\n>\n> \*In English:\* \S", title);
        var headings = language.AnatomyHeadings;
        foreach (var heading in headings)
            Assert.True(markdown.Contains(heading), $"{notebook} lacks the section {heading}");
        // In the anatomy's order.
        var positions = headings.Select(h => markdown.IndexOf(h, StringComparison.Ordinal)).ToList();
        Assert.True(positions.SequenceEqual(positions.Order()), $"{notebook}: sections out of order: {string.Join(", ", headings.OrderBy(h => markdown.IndexOf(h, StringComparison.Ordinal)))}");

        // The check cell: the code cell after "## Check" asserts through the library's check helper.
        var checkHeading = cells.FindIndex(c => Text(c).Contains(language.Check));
        var checkCell = cells.Skip(checkHeading + 1).First(c => (string?)c["cell_type"] == "code");
        Assert.Contains("Check.", Text(checkCell));
    }

    private static string Section(string notebook, string heading)
    {
        var markdown = Load(notebook)["cells"]!.AsArray().Where(c => (string?)c!["cell_type"] == "markdown").Select(c => Text(c!)).ToList();
        var joined = string.Join("\n", markdown);
        var start = joined.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        if (start < 0 && joined.StartsWith(heading + "\n", StringComparison.Ordinal)) start = -1;
        else Assert.True(start >= 0, $"{notebook} lacks {heading}");
        var body = joined[(start + 1 + heading.Length)..];
        var next = Regex.Match(body, @"\n## ");
        return next.Success ? body[..next.Index] : body;
    }

    [GeneratedRegex(@"^(\d+)\. ", RegexOptions.Multiline)]
    private static partial Regex NumberedItem();

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Every_exercise_has_a_hint_and_the_summary_states_a_measured_number_and_the_CPU_caveat(string notebook)
    {
        var language = Language(notebook);
        var exercises = NumberedItem().Split(Section(notebook, language.Exercises)).Skip(1).Where((_, i) => i % 2 == 1).ToList();
        Assert.InRange(exercises.Count, 3, 5);
        Assert.All(exercises, e => Assert.True(e.Contains(language.Hint), $"{notebook}: an exercise without a {language.Hint}: {e.Trim()[..Math.Min(80, e.Trim().Length)]}"));
        var summary = Section(notebook, language.Summary);
        // A measured number, not only words (the CPU caveat's "2-core" and "AVX-512" do not count).
        Assert.Matches(@"\d\.\d|(?<![\w-])\d{2,}", Regex.Replace(summary, @"AVX-?\d+", ""));
        Assert.Contains("CPU", summary);
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void The_questionnaire_has_six_to_ten_questions_each_with_an_answer(string notebook)
    {
        var language = Language(notebook);
        var section = Section(notebook, language.Questionnaire);
        var parts = section.Split("<details>");
        Assert.Equal(2, parts.Length);
        Assert.Matches(@"^\s*" + Regex.Escape(language.AnswersSummaryTag) + @"\n\n", parts[1]);
        Assert.Contains("\n</details>", parts[1]); // the blank lines around the tags let markdown render inside them
        var questions = NumberedItem().Matches(parts[0]).Select(m => int.Parse(m.Groups[1].Value)).ToList();
        var answers = NumberedItem().Matches(parts[1]).Select(m => int.Parse(m.Groups[1].Value)).ToList();
        Assert.InRange(questions.Count, 6, 10);
        Assert.Equal(Enumerable.Range(1, questions.Count), questions);
        Assert.Equal(questions, answers);
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void The_30_second_answer_quotes_the_question_and_says_what_to_say_what_not_and_the_proof(string notebook)
    {
        var language = Language(notebook);
        var section = Section(notebook, language.AnswerHeading).Trim('\n');
        var title = Text(Load(notebook)["cells"]![0]!);
        var question = Regex.Match(title, @"> 题目：(.+)").Groups[1].Value;
        Assert.StartsWith($"> 题目：{question}\n\n", section);
        var body = section[(section.IndexOf("\n\n", StringComparison.Ordinal) + 2)..];
        var answer = body[..body.IndexOf("\n\n", StringComparison.Ordinal)];
        Assert.InRange(answer.Split('\n').Length, 1, 5);
        var bullets = body[(answer.Length + 2)..];
        Assert.Matches("^" + Regex.Escape(language.Say) + @" ?\S[\s\S]*\n" + Regex.Escape(language.DontSay) + @" ?\S[\s\S]*\n" + Regex.Escape(language.Proof) + @" ?\S", bullets);
        Assert.Matches(@"\d", bullets[bullets.IndexOf(language.Proof, StringComparison.Ordinal)..]);
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Further_reading_gives_authors_year_title_and_link(string notebook)
    {
        var entries = Regex.Split(Section(notebook, Language(notebook).FurtherReading).Trim('\n'), @"\n(?=- )").ToList();
        Assert.InRange(entries.Count, 3, 10);
        Assert.All(entries, e => Assert.Matches(@"^- \S.*\((1[89]|20)\d\d[a-z]?\)[\s\S]*\*[^*]+\*[\s\S]*https://\S+", e));
    }
}
