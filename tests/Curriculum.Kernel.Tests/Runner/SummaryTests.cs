using Curriculum.Kernel.Notebooks;
using Curriculum.Kernel.Runner;

namespace Curriculum.Kernel.Tests.Runner;

public sealed class SummaryTests
{
    private static NotebookResult Result(bool passed, params CheckLine[] checks) =>
        new("/x/notebooks/06-cnn.ipynb", passed, 12.34, 10, passed ? null : 7, passed ? null : "boom\nsecond line", checks);

    [Fact]
    public void A_row_shows_status_name_seconds_checks_and_the_first_check_as_headline()
    {
        var row = Summary.Row(Result(true, new CheckLine(true, "test accuracy", "0.98", ""), new CheckLine(true, "other", "1", "")));
        Assert.StartsWith("PASS  06-cnn", row);
        Assert.Contains("12.3 s", row);
        Assert.Contains("checks 2/2", row);
        Assert.EndsWith("test accuracy = 0.98", row);
    }

    [Fact]
    public void A_failed_row_names_the_cell_and_indents_the_error()
    {
        var row = Summary.Row(Result(false));
        Assert.StartsWith("FAIL  06-cnn", row);
        Assert.Contains("no checks", row);
        Assert.Contains("\n      cell 7: boom\n      second line", row);
    }

    [Fact]
    public void The_slowest_cell_gets_its_own_line_and_the_time_row_leaves_out_the_error()
    {
        var result = Result(false) with { Slowest = new SlowCell(9, 41.27) };
        Assert.Contains("\n      slowest cell 9: 41.3 s\n      cell 7: boom", Summary.Row(result));
        Assert.EndsWith("slowest cell 9: 41.3 s", Summary.TimeRow(result));
        Assert.DoesNotContain("boom", Summary.TimeRow(result));
    }

    [Fact]
    public void A_translated_lesson_is_named_with_its_language()
    {
        Assert.Equal("zh/06-cnn", Summary.Name(Result(true) with { Notebook = "/x/notebooks-zh/06-cnn.ipynb" }));
        Assert.Equal("06-cnn", Summary.Name(Result(true)));
        Assert.StartsWith("PASS  zh/06-cnn", Summary.Row(Result(true) with { Notebook = "/x/notebooks-zh/06-cnn.ipynb" }));
    }

    [Fact]
    public void The_closing_line_counts_passes_and_failures()
    {
        Assert.Equal("2 passed, 1 failed", Summary.Closing([Result(true), Result(false), Result(true)]));
    }
}
