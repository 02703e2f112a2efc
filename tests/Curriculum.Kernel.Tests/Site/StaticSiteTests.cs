using Curriculum.Kernel.Notebooks;
using Curriculum.Kernel.Site;
using Curriculum.Kernel.Tests.Support;

namespace Curriculum.Kernel.Tests.Site;

public sealed class StaticSiteTests : IDisposable
{
    private readonly TempNotebooks _temp = new();

    public void Dispose() => _temp.Dispose();

    private static NotebookResult Result(string name, bool passed, double seconds, params CheckLine[] checks) =>
        new(name + ".ipynb", passed, seconds, 2, passed ? null : 2, passed ? null : "boom", checks);

    [Fact]
    public void Index_lists_every_lesson_with_status_time_and_headline_and_links_its_page()
    {
        _temp.Write("01-first", "1");
        _temp.Write("02-second", "2");
        var results = new[]
        {
            Result("01-first", true, 12.34, new CheckLine(true, "test accuracy", "0.9777", "✔ PASS  test accuracy = 0.9777")),
            Result("02-second", false, 3.0),
            Result("03-missing", false, 0),
        };

        var (index, seconds) = StaticSite.Write(_temp.Folder, results);

        var html = File.ReadAllText(index);
        Assert.Contains("1 passed, 2 failed", html);
        Assert.Contains("<a href=\"01-first.html\">test</a></td><td class=\"pass\">pass</td><td class=\"num\">12.3</td><td>test accuracy = 0.9777</td>", html);
        Assert.Contains("<a href=\"02-second.html\">test</a></td><td class=\"fail\">FAIL</td>", html);
        Assert.Contains("<tr><td>03-missing</td>", html); // no executed copy: listed, not linked
        Assert.True(File.Exists(Path.Combine(_temp.Folder, "site", "01-first.html")));
        Assert.False(File.Exists(Path.Combine(_temp.Folder, "site", "03-missing.html")));
        Assert.False(File.Exists(Path.Combine(_temp.Folder, "site", "plotly.min.js"))); // no chart, no plotly.js
        Assert.InRange(seconds, 0, 30);
    }

    [Fact]
    public void A_lesson_run_in_English_gets_its_Chinese_page_from_the_translation_with_the_runs_outputs()
    {
        static string Notebook(string title, string code) => $$"""
            {"cells": [{"cell_type": "markdown", "id": "m1", "metadata": {}, "source": "# {{title}}"},
              {"cell_type": "code", "execution_count": null, "id": "c1", "metadata": {}, "outputs": [], "source": "{{code}}"}],
             "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
            """;
        var root = Path.Combine(_temp.Folder, "repo");
        Directory.CreateDirectory(Path.Combine(root, "notebooks"));
        Directory.CreateDirectory(Path.Combine(root, "notebooks-zh"));
        var english = Path.Combine(root, "notebooks", "01-first.ipynb");
        File.WriteAllText(english, Notebook("01 · First", "1 + 1"));
        File.WriteAllText(Path.Combine(root, "notebooks-zh", "01-first.ipynb"), Notebook("01 · 第一课", "1 + 1"));
        // The run's executed copy, with an output in the code cell.
        var run = Path.Combine(_temp.Folder, "run");
        var executed = NotebookFile.Load(english);
        executed.Cells[1].Outputs.Add(new System.Text.Json.Nodes.JsonObject { ["output_type"] = "stream", ["name"] = "stdout", ["text"] = "two\n" });
        executed.Save(Curriculum.Kernel.Runner.NotebookRunner.ExecutedPath(run, english));

        StaticSite.Write(run, [new NotebookResult(english, true, 1.5, 2, null, null, [])]);

        var zh = File.ReadAllText(Path.Combine(run, "site", "zh", "01-first.html"));
        Assert.Contains("<html lang=\"zh-CN\">", zh);
        Assert.Contains("第一课", zh);
        Assert.Contains("<pre class=\"stream\">two", zh);                                  // the English run's output
        Assert.Contains("<a class=\"lang\" href=\"../01-first.html\">English</a>", zh);   // the switch back
        Assert.Contains("全部课程", zh);
        Assert.Contains("通过，用时 1.5 秒", zh);
        var en = File.ReadAllText(Path.Combine(run, "site", "01-first.html"));
        Assert.Contains("<a class=\"lang\" href=\"zh/01-first.html\">中文</a>", en);
        var zhIndex = File.ReadAllText(Path.Combine(run, "site", "zh", "index.html"));
        Assert.Contains("<a href=\"01-first.html\">01 &#183; 第一课</a></td><td class=\"pass\">通过</td>", zhIndex);
        Assert.Contains("1 节通过，0 节失败。", zhIndex);
        Assert.Contains("<a class=\"lang\" href=\"zh/index.html\">中文</a>", File.ReadAllText(Path.Combine(run, "site", "index.html")));
    }

    [Fact]
    public void Title_is_the_first_markdown_heading()
    {
        var notebook = NotebookFile.Load(_temp.Write("t", "1"));
        Assert.Equal("test", StaticSite.Title(notebook));
    }
}
