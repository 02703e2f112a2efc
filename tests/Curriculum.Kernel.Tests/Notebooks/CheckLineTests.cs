using Curriculum.Kernel.Notebooks;

namespace Curriculum.Kernel.Tests.Notebooks;

public sealed class CheckLineTests
{
    [Fact]
    public void Reads_pass_and_fail_lines_with_name_and_value()
    {
        var output = "some text\n✔ PASS  test accuracy = 0.9815 (need ≥ 0.97)\nmore\n✘ FAIL  F1 = 0.91 (need ≥ 0.95)\n";
        var checks = CheckLine.Parse(output).ToList();
        Assert.Equal(2, checks.Count);
        Assert.True(checks[0].Passed);
        Assert.Equal("test accuracy", checks[0].Name);
        Assert.Equal("0.9815", checks[0].Value);
        Assert.Equal("✔ PASS  test accuracy = 0.9815 (need ≥ 0.97)", checks[0].Text);
        Assert.False(checks[1].Passed);
        Assert.Equal("F1", checks[1].Name);
        Assert.Equal("0.91", checks[1].Value);
    }

    [Fact]
    public void Ignores_lines_that_only_mention_pass_in_the_middle()
    {
        Assert.Empty(CheckLine.Parse("the model will ✔ PASS  x = 1 later\nPASS y = 2\n"));
    }

    [Fact]
    public void Names_may_contain_spaces_and_symbols()
    {
        var check = Assert.Single(CheckLine.Parse("✔ PASS  largest |library − ML.NET| (regression) = 2.22e-16 (need ≤ 1e-6)"));
        Assert.Equal("largest |library − ML.NET| (regression)", check.Name);
        Assert.Equal("2.22e-16", check.Value);
    }
}
