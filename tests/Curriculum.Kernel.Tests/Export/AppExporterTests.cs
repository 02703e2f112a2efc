using System.Diagnostics;
using Curriculum.Kernel.Export;
using Curriculum.Kernel.Notebooks;
using Curriculum.Kernel.Tests.Support;
using Xunit.Abstractions;

namespace Curriculum.Kernel.Tests.Export;

/// <summary>
/// Every lesson is also a file-based app in apps/: generated from its notebook (never stale), compiling, and (for three
/// lessons) running end to end to the same passing checks.
/// </summary>
public sealed class AppExporterTests(ITestOutputHelper output)
{
    public static TheoryData<string> Notebooks() => Hygiene.SetupCellTests.Notebooks();

    public static TheoryData<string> EndToEnd() => new() { "03-evaluation.ipynb", "18-text-classification-tfidf.ipynb", "30-anomaly-detection.ipynb" };

    private static string AppPath(string notebook) => Path.Combine(Repo.Root, AppExporter.Folder, Path.ChangeExtension(notebook, ".cs"));

    [Fact]
    public void A_cells_last_bare_expression_is_displayed_and_usings_and_types_are_separated()
    {
        var (usings, statements, types) = AppExporter.Translate(
            "#r \"nuget: X, 1.0\"\nusing System.Text;\nusing static System.Math;\nvar x = Abs(-2);\nint Twice(int v) => 2 * v;\nrecord Point(int X);\nTwice(x)",
            "test cell");

        Assert.Equal(["System.Text", "static System.Math"], usings);
        Assert.Equal("var x = Abs(-2);\nint Twice(int v) => 2 * v;\ndisplay(Twice(x));\n", statements);
        Assert.Equal("record Point(int X);\n", types);
    }

    [Fact]
    public void A_Display_call_statement_becomes_display_even_inside_a_block()
    {
        var (_, statements, _) = AppExporter.Translate("if (true)\n{\n    Chart(1, 2).Display();\n}\nvar shown = x.Display();", "test cell");
        Assert.Equal("if (true)\n{\n    display(Chart(1, 2));\n}\nvar shown = x.Display();", statements);
    }

    [Fact]
    public void A_statement_ending_in_a_semicolon_is_not_displayed()
    {
        var (_, statements, _) = AppExporter.Translate("Console.WriteLine(1);", "test cell");
        Assert.Equal("Console.WriteLine(1);", statements);
    }

    [Fact]
    public void A_cell_that_does_not_parse_is_reported_with_its_place()
    {
        var error = Assert.Throws<InvalidDataException>(() => AppExporter.Translate("var = ;", "02-overfitting, cell 4"));
        Assert.Contains("02-overfitting, cell 4", error.Message);
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Committed_app_is_the_export_of_its_notebook(string notebook)
    {
        var expected = AppExporter.Export(NotebookFile.Load(Path.Combine(Repo.Notebooks, notebook)), Path.GetFileNameWithoutExtension(notebook));
        var path = AppPath(notebook);
        Assert.True(File.Exists(path), $"{path} is missing; run `dotnet run --project src/Curriculum.Kernel -- export`");
        Assert.True(File.ReadAllText(path) == expected, $"{path} is stale; run `dotnet run --project src/Curriculum.Kernel -- export`");
    }

    [Fact]
    public void Every_app_has_a_notebook()
    {
        var notebooks = Repo.NotebookFiles.Select(Path.GetFileNameWithoutExtension).ToHashSet();
        foreach (var app in Directory.GetFiles(Path.Combine(Repo.Root, AppExporter.Folder), "*.cs"))
            Assert.True(notebooks.Contains(Path.GetFileNameWithoutExtension(app)), $"{app} has no notebook in notebooks/; delete it");
    }

    [Theory]
    [Trait("Category", "Lesson")]
    [MemberData(nameof(Notebooks))]
    public void App_compiles(string notebook)
    {
        var (code, log) = Dotnet("build", AppPath(notebook));
        Assert.True(code == 0, log);
    }

    [Theory]
    [Trait("Category", "Lesson")]
    [MemberData(nameof(EndToEnd))]
    public void App_runs_end_to_end_and_its_checks_pass(string notebook)
    {
        var (code, log) = Dotnet("run", AppPath(notebook));
        output.WriteLine(log);

        Assert.True(code == 0, log);
        Assert.Contains("✔ PASS", log);
        Assert.DoesNotContain("✘ FAIL", log);
        var charts = Path.Combine(Repo.Root, "artifacts", "apps", Path.GetFileNameWithoutExtension(notebook));
        Assert.NotEmpty(Directory.GetFiles(charts, "*-chart.html"));
    }

    private static (int Code, string Log) Dotnet(string verb, string app)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Repo.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(verb);
        start.ArgumentList.Add(app);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5))) { process.Kill(true); return (-1, $"dotnet {verb} {app} did not finish in 5 minutes"); }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
