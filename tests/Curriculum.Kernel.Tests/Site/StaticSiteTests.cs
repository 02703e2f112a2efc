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
    public void Title_is_the_first_markdown_heading()
    {
        var notebook = NotebookFile.Load(_temp.Write("t", "1"));
        Assert.Equal("test", StaticSite.Title(notebook));
    }
}
