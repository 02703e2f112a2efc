using Curriculum.Charts;
using Curriculum.Display;
using Curriculum.Tests.Support;
using Microsoft.AspNetCore.Html;

namespace Curriculum.Tests.Display;

[Collection(ProcessWideCollection.Name)]
public class AppTests
{
    [Fact]
    public void Charts_go_to_numbered_html_files_with_plotly_inside_and_the_path_is_printed()
    {
        App.Start("app-tests");
        using var console = CapturedConsole.Out();

        App.Display(LineCharts.Lines("t", "x", "y", new Series("a", [1.0, 2.0], [3.0, 4.0])));

        var file = Path.Combine(App.OutputFolder, "01-chart.html");
        Assert.Equal($"[chart written to {file}]", console.Lines.Single());
        var html = File.ReadAllText(file);
        Assert.Contains("plotly.js v2.28.0", html);
        Assert.Contains("Plotly.newPlot", html);
        Assert.EndsWith(Path.Combine("artifacts", "apps", "app-tests"), App.OutputFolder);
    }

    [Fact]
    public void Tables_print_as_aligned_text_and_other_values_as_plain_text()
    {
        App.Start("app-tests");
        using var console = CapturedConsole.Out();

        App.Display(Table.Of(new[] { new { Model = "linear", AUC = 0.99 }, new { Model = "trees & more", AUC = 0.5 } }));
        App.Display(42);

        Assert.Equal(["Model         AUC", "linear        0.99", "trees & more  0.5", "42"], console.Lines);
    }

    [Fact]
    public void Other_html_goes_to_a_file()
    {
        App.Start("app-tests");
        using var console = CapturedConsole.Out();

        App.Display(new HtmlString("<audio controls></audio>"));

        Assert.Contains("<audio controls></audio>", File.ReadAllText(Path.Combine(App.OutputFolder, "01-output.html")));
    }

    [Fact]
    public void Start_rejects_a_name_that_is_not_a_file_name()
    {
        var error = Assert.Throws<ArgumentException>(() => App.Start("../escape"));
        Assert.Equal("name", error.ParamName);
    }
}
