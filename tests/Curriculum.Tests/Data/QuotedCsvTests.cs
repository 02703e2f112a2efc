using Curriculum.Data;

namespace Curriculum.Tests.Data;

public class QuotedCsvTests
{
    [Fact]
    public void Parses_quoted_fields_with_commas_quotes_and_line_breaks()
    {
        var records = QuotedCsv.Parse("id,text\r\n1,\"Good, cheap\"\n2,\"She said \"\"wow\"\"\"\n3,\"two\nlines\"\n4,\n");
        Assert.Equal(5, records.Count);
        Assert.Equal(["1", "Good, cheap"], records[1]);
        Assert.Equal(["2", "She said \"wow\""], records[2]);
        Assert.Equal(["3", "two\nlines"], records[3]);
        Assert.Equal(["4", ""], records[4]);
    }

    [Fact]
    public void A_last_line_without_newline_is_kept_and_an_open_quote_fails()
    {
        Assert.Equal(["a", "b"], QuotedCsv.Parse("x,y\na,b")[1]);
        Assert.Throws<InvalidDataException>(() => QuotedCsv.Parse("x\n\"open"));
    }
}
