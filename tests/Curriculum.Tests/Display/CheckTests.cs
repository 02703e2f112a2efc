using Curriculum.Display;
using Curriculum.Tests.Support;

namespace Curriculum.Tests.Display;

[Collection(ProcessWideCollection.Name)]
public class CheckTests
{
    [Fact]
    public void AtLeast_passing_prints_one_line_and_returns_the_value()
    {
        using var console = CapturedConsole.Out();

        var value = Check.AtLeast("test accuracy", 0.93456, 0.9);

        Assert.Equal(0.93456, value);
        Assert.Equal(["✔ PASS  test accuracy = 0.9346 (need ≥ 0.9)"], console.Lines);
    }

    [Fact]
    public void AtLeast_at_the_limit_passes_and_below_fails_with_the_measured_value()
    {
        using var console = CapturedConsole.Out();

        Check.AtLeast("recall", 0.8, 0.8);
        var e = Assert.Throws<CheckFailedException>(() => Check.AtLeast("recall", 0.79, 0.8));

        Assert.Equal("✘ FAIL  recall = 0.79 (need ≥ 0.8)", e.Message);
        Assert.Equal(["✔ PASS  recall = 0.8 (need ≥ 0.8)", "✘ FAIL  recall = 0.79 (need ≥ 0.8)"], console.Lines);
    }

    [Fact]
    public void AtMost_passes_at_or_below_the_limit()
    {
        using var console = CapturedConsole.Out();

        Assert.Equal(12.5, Check.AtMost("RMSE", 12.5, 12.5));
        var e = Assert.Throws<CheckFailedException>(() => Check.AtMost("RMSE", 61.23456, 60));

        Assert.Contains("61.2346", e.Message);
        Assert.Equal(["✔ PASS  RMSE = 12.5 (need ≤ 12.5)", "✘ FAIL  RMSE = 61.2346 (need ≤ 60)"], console.Lines);
    }

    [Fact]
    public void Above_needs_strictly_more_and_names_the_other_value()
    {
        using var console = CapturedConsole.Out();

        Assert.Equal(0.9, Check.Above("CNN accuracy", 0.9, "baseline", 0.85));
        var e = Assert.Throws<CheckFailedException>(() => Check.Above("CNN accuracy", 0.85, "baseline", 0.85));

        Assert.Equal("✘ FAIL  CNN accuracy = 0.85 (need > baseline 0.85)", e.Message);
        Assert.Equal("✔ PASS  CNN accuracy = 0.9 (need > baseline 0.85)", console.Lines[0]);
    }

    [Fact]
    public void Below_needs_strictly_less_and_names_the_other_value()
    {
        using var console = CapturedConsole.Out();

        Assert.Equal(20, Check.Below("cost at the chosen threshold", 20, "at 0.5", 41));
        var e = Assert.Throws<CheckFailedException>(() => Check.Below("cost at the chosen threshold", 41, "at 0.5", 41));
        Assert.Throws<CheckFailedException>(() => Check.Below("cost", double.NaN, "at 0.5", 41));

        Assert.Equal("✘ FAIL  cost at the chosen threshold = 41 (need < at 0.5 41)", e.Message);
        Assert.Equal("✔ PASS  cost at the chosen threshold = 20 (need < at 0.5 41)", console.Lines[0]);
    }

    [Fact]
    public void Near_reports_how_far_off_the_value_is()
    {
        using var console = CapturedConsole.Out();

        Assert.Equal(0.5003, Check.Near("AUC", 0.5003, 0.5, 0.001));
        var e = Assert.Throws<CheckFailedException>(() => Check.Near("AUC", 0.52, 0.5, 0.01));

        Assert.Equal("✔ PASS  AUC = 0.5003 (need within 0.001 of 0.5; off by 3e-4)", console.Lines[0]);
        Assert.Equal("✘ FAIL  AUC = 0.52 (need within 0.01 of 0.5; off by 0.02)", e.Message);
    }

    [Fact]
    public void Near_rejects_a_negative_or_NaN_tolerance()
    {
        Assert.Equal("tolerance", Assert.Throws<ArgumentOutOfRangeException>(() => Check.Near("x", 1, 1, -0.1)).ParamName);
        Assert.Equal("tolerance", Assert.Throws<ArgumentOutOfRangeException>(() => Check.Near("x", 1, 1, double.NaN)).ParamName);
    }

    [Fact]
    public void NaN_fails_every_numeric_check()
    {
        using var console = CapturedConsole.Out();

        Assert.Throws<CheckFailedException>(() => Check.AtLeast("a", double.NaN, 0));
        Assert.Throws<CheckFailedException>(() => Check.AtMost("b", double.NaN, 1));
        Assert.Throws<CheckFailedException>(() => Check.Above("c", double.NaN, "zero", 0));
        var e = Assert.Throws<CheckFailedException>(() => Check.Near("d", double.NaN, 0, 1));

        Assert.Equal("✘ FAIL  d = NaN (need within 1 of 0; off by NaN)", e.Message);
        Assert.Equal(4, console.Lines.Length);
        Assert.All(console.Lines, l => Assert.StartsWith("✘ FAIL  ", l));
    }

    [Fact]
    public void That_prints_the_condition_and_detail_and_throws_when_false()
    {
        using var console = CapturedConsole.Out();

        Assert.True(Check.That("no data leak", true, "0 shared ids"));
        var e = Assert.Throws<CheckFailedException>(() => Check.That("no data leak", false, "3 shared ids"));

        Assert.Equal("✔ PASS  no data leak = true (0 shared ids)", console.Lines[0]);
        Assert.Equal("✘ FAIL  no data leak = false (3 shared ids)", e.Message);
    }

    [Fact]
    public void A_blank_name_is_an_argument_error()
    {
        Assert.Equal("name", Assert.ThrowsAny<ArgumentException>(() => Check.AtLeast(" ", 1, 0)).ParamName);
    }

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(2.220446049250313e-16, "2.22e-16")]
    [InlineData(-1e-7, "-1e-7")]
    [InlineData(0.00099, "9.9e-4")]
    [InlineData(0.001, "0.001")]
    [InlineData(0.123456, "0.1235")]
    [InlineData(1, "1")]
    [InlineData(999.99994, "999.9999")]
    [InlineData(1000, "1000")]
    [InlineData(123456.78, "123456.8")]
    [InlineData(-2.5, "-2.5")]
    public void Format_keeps_tiny_numbers_visible_and_uses_invariant_culture(double value, string expected)
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");
            Assert.Equal(expected, Check.Format(value));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }
}
