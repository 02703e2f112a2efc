using System.Globalization;
using Curriculum.Data;

namespace Curriculum.Tests.Data;

public class CsvTests
{
    [Fact]
    public void Reads_the_diabetes_file_header_and_first_row()
    {
        var table = Csv.ReadNumeric("diabetes.csv");

        Assert.Equal(new[] { "age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6", "target" }, table.Columns);
        Assert.Equal(442, table.Rows.Length);
        // Efron et al. (2004), first patient: age 59, sex 2, BMI 32.1, BP 101, ..., progression 151.
        Assert.Equal(new[] { 59, 2, 32.1, 101, 157, 93.2, 38, 4, 4.8598, 87, 151 }, table.Rows[0]);
    }

    [Fact]
    public void Parses_numbers_in_invariant_culture_whatever_the_current_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE"); // decimal comma
            var table = Csv.Read(new StringReader("a,b,c\n1.5,-2e-3,7\n"), "t.csv");
            Assert.Equal(new[] { 1.5, -0.002, 7 }, table.Rows[0]);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Skips_blank_lines_but_counts_them_in_line_numbers()
    {
        var table = Csv.Read(new StringReader("a,b\n1,2\n\n3,4\n"), "t.csv");
        Assert.Equal(2, table.Rows.Length);
        Assert.Equal(new[] { 3.0, 4.0 }, table.Rows[1]);

        var e = Assert.Throws<InvalidDataException>(() => Csv.Read(new StringReader("a,b\n1,2\n\n3\n"), "t.csv"));
        Assert.Contains("data/t.csv line 4 has 1 fields, expected 2", e.Message);
        Assert.Contains("git checkout -- data/t.csv", e.Message);
    }

    [Fact]
    public void A_cell_that_is_not_a_number_names_line_column_and_text()
    {
        var e = Assert.Throws<InvalidDataException>(() => Csv.Read(new StringReader("a,b\n1,2\n3,x7\n"), "t.csv"));
        Assert.Contains("data/t.csv line 3, column b: \"x7\" is not a number", e.Message);
    }

    [Fact]
    public void An_empty_file_is_an_error()
    {
        var e = Assert.Throws<InvalidDataException>(() => Csv.Read(new StringReader(""), "t.csv"));
        Assert.Contains("data/t.csv is empty", e.Message);
    }

    [Fact]
    public void Column_and_IndexOf_find_columns_by_name()
    {
        var table = new NumericTable(["a", "b"], [[1, 2], [3, 4], [5, 6]]);

        Assert.Equal(1, table.IndexOf("b"));
        Assert.Equal(new[] { 2.0, 4.0, 6.0 }, table.Column("b"));
        var e = Assert.Throws<ArgumentException>(() => table.Column("c"));
        Assert.Equal("column", e.ParamName);
        Assert.Contains("no column \"c\"; the columns are a, b", e.Message);
    }
}
