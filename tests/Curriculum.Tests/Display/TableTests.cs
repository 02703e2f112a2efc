using System.Globalization;
using System.Text.RegularExpressions;
using Curriculum.Display;

namespace Curriculum.Tests.Display;

public class TableTests
{
    private sealed record Row(string Model, double Accuracy, float Loss, int Errors);

    private sealed class WithField
    {
        public string Name = "";
        public long Count { get; init; }
    }

    [Fact]
    public void One_header_per_property_and_one_row_per_item()
    {
        var html = Table.Of([new Row("logistic", 0.912345678, 0.25f, 7), new Row("CNN", 0.98, 0.0625f, 2)]).ToString()!;

        Assert.Equal(["Model", "Accuracy", "Loss", "Errors"], Cells(html, "th"));
        Assert.Equal(2, Regex.Matches(html, "<tbody>.*?</tbody>").Single().Value.Split("<tr>").Length - 1);
        Assert.Equal(["logistic", "0.912346", "0.25", "7", "CNN", "0.98", "0.0625", "2"], Cells(html, "td"));
        Assert.StartsWith("<table><thead><tr><th>", html);
        Assert.EndsWith("</tr></tbody></table>", html);
    }

    [Fact]
    public void Anonymous_types_and_public_fields_work()
    {
        var anon = Table.Of([new { Name = "a", Value = 1.5 }]).ToString()!;
        Assert.Equal(["Name", "Value"], Cells(anon, "th"));
        Assert.Equal(["a", "1.5"], Cells(anon, "td"));

        var fields = Table.Of([new WithField { Name = "x", Count = 3 }]).ToString()!;
        Assert.Equal(["Count", "Name"], Cells(fields, "th"));
        Assert.Equal(["3", "x"], Cells(fields, "td"));
    }

    [Fact]
    public void An_empty_sequence_gives_headers_and_no_rows()
    {
        var html = Table.Of(Array.Empty<Row>()).ToString()!;
        Assert.Equal(4, Cells(html, "th").Length);
        Assert.Empty(Cells(html, "td"));
    }

    [Fact]
    public void Numbers_use_the_significant_digits_in_invariant_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal("3.142", Table.Text(Math.PI, 4));
            Assert.Equal("3.14159", Table.Text(Math.PI));
            Assert.Equal("1.235E+06", Table.Text(1234567.0, 4));
            Assert.Equal("0.000123", Table.Text(0.000123, 3));
            Assert.Equal("2.5", Table.Text(2.5f, 3));
            Assert.Equal("0.100000001", Table.Text(0.1f, 17)); // floats are capped at 9 digits (not 0.100000001490116)
            Assert.Equal("1234567", Table.Text(1234567));
            Assert.Equal("12.5", Table.Text(12.5m));
            Assert.Equal("", Table.Text(null));
            Assert.Equal("True", Table.Text(true));
            var html = Table.Of([new { X = 1.25 }], significantDigits: 2).ToString()!;
            Assert.Equal(["1.2"], Cells(html, "td")); // G2 of 1.25 (binary 1.25 exactly, rounded half to even)
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Text_and_names_are_html_escaped()
    {
        var html = Table.Of([new { Text = "<b>Tom & \"Jerry\"</b>" }]).ToString()!;
        Assert.Contains("<td>&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;</td>", html);
        Assert.DoesNotContain("<b>", html);
    }

    [Fact]
    public void Argument_errors_name_the_parameter()
    {
        Assert.Equal("rows", Assert.Throws<ArgumentNullException>(() => Table.Of<Row>(null!)).ParamName);
        Assert.Equal("significantDigits", Assert.Throws<ArgumentOutOfRangeException>(() => Table.Of(Array.Empty<Row>(), 0)).ParamName);
        Assert.Equal("significantDigits", Assert.Throws<ArgumentOutOfRangeException>(() => Table.Of(Array.Empty<Row>(), 18)).ParamName);
        Assert.Equal("rows", Assert.Throws<ArgumentException>(() => Table.Of([new object()])).ParamName);
    }

    private static string[] Cells(string html, string tag) =>
        Regex.Matches(html, $"<{tag}>(.*?)</{tag}>").Select(m => m.Groups[1].Value).ToArray();
}
