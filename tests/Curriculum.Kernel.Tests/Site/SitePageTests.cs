using Curriculum.Kernel.Notebooks;
using Curriculum.Kernel.Site;
using Curriculum.Kernel.Tests.Support;

namespace Curriculum.Kernel.Tests.Site;

public sealed class SitePageTests : IDisposable
{
    private readonly TempNotebooks _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Inline_plotly_is_replaced_by_the_shared_file_and_handed_over_once_per_copy()
    {
        var inline = "<script type=\"text/javascript\">/**\n* plotly.js v2.28.0\n*/ var Plotly = 1;</script>";
        var html = "<script>before()</script>" + inline + "<div id=\"a\"></div><script>Plotly.newPlot(a)</script>";
        var handed = new List<string>();

        var shared = SitePage.ShareInlinePlotly(html, handed.Add);

        Assert.Equal("<script>before()</script><script src=\"plotly.min.js\"></script><div id=\"a\"></div><script>Plotly.newPlot(a)</script>", shared);
        Assert.Equal(["/**\n* plotly.js v2.28.0\n*/ var Plotly = 1;"], handed);
        Assert.Equal(shared, SitePage.ShareInlinePlotly(shared, handed.Add)); // nothing left to replace
    }

    [Fact]
    public void Markdown_code_and_each_output_kind_are_rendered()
    {
        var path = _temp.Write("page", "Console.WriteLine(\"<b>not bold</b>\");");
        var notebook = NotebookFile.Load(path);
        var code = notebook.Cells[1];
        code.Outputs.Add(new System.Text.Json.Nodes.JsonObject { ["output_type"] = "stream", ["name"] = "stdout", ["text"] = "<b>not bold</b>\n" });
        code.Outputs.Add(new System.Text.Json.Nodes.JsonObject { ["output_type"] = "display_data", ["data"] = new System.Text.Json.Nodes.JsonObject { ["image/png"] = "iVBORw0KGgo=" } });
        code.Outputs.Add(new System.Text.Json.Nodes.JsonObject { ["output_type"] = "display_data", ["data"] = new System.Text.Json.Nodes.JsonObject { ["text/html"] = "<audio controls></audio>", ["text/plain"] = "x" } });
        code.Outputs.Add(new System.Text.Json.Nodes.JsonObject { ["output_type"] = "error", ["ename"] = "Error", ["evalue"] = "CS0103" });

        var page = SitePage.Render(notebook, "Test page", "passed in 1.0 s", _ => { });

        Assert.Contains("<h1 id=\"test\">test</h1>", page);            // the markdown cell
        Assert.Contains("Console.WriteLine(&quot;&lt;b&gt;", page);     // code is escaped
        Assert.Contains("<pre class=\"stream\">&lt;b&gt;not bold&lt;/b&gt;", page);
        Assert.Contains("<img alt=\"output image\" src=\"data:image/png;base64,iVBORw0KGgo=\">", page);
        Assert.Contains("<audio controls></audio>", page);             // HTML outputs pass through (players, charts)
        Assert.Contains("<pre class=\"error\">Error: CS0103</pre>", page);
        Assert.Contains("<title>Test page</title>", page);
        Assert.Contains("data-console-errors", page);                  // the error recorder the browser test reads
    }
}
