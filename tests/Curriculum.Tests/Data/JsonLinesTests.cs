using Curriculum.Data;

namespace Curriculum.Tests.Data;

public class JsonLinesTests
{
    private static (string Name, int Count)[] Parse(string text) =>
        JsonLines.Parse(new StringReader(text), "things.jsonl.gz", "thing record",
            r => (r.GetProperty("name").GetString()!, r.GetProperty("count").GetInt32()));

    [Fact]
    public void Reads_one_record_per_line_in_order()
    {
        Assert.Equal([("a", 1), ("b", 22)], Parse("{\"name\": \"a\", \"count\": 1}\n{\"count\": 22, \"name\": \"b\"}\n"));
        Assert.Empty(Parse(""));
    }

    [Theory]
    [InlineData("{\"name\": \"a\", \"count\": 1}\n{\"name\": \"b\"}", 2)]            // a missing property
    [InlineData("{\"name\": \"a\", \"count\": \"one\"}", 1)]                         // a wrong JSON type
    [InlineData("{\"name\": \"a\", \"count\": 1}\n\n", 2)]                          // an empty line is not a record
    [InlineData("{\"name\": \"a\", \"count\": 1}\n{\"name\": \"b\", \"count\": 2", 2)] // a truncated line
    public void A_bad_record_names_the_file_the_line_and_how_to_restore_it(string text, int line)
    {
        var e = Assert.Throws<InvalidDataException>(() => Parse(text));
        Assert.StartsWith($"data/things.jsonl.gz line {line} is not a valid thing record (", e.Message);
        Assert.Contains("git checkout -- data/things.jsonl.gz", e.Message);
    }

    [Fact]
    public void A_value_the_parser_rejects_is_reported_with_its_reason()
    {
        var e = Assert.Throws<InvalidDataException>(() => JsonLines.Parse(new StringReader("{\"label\": \"maybe\"}"), "mail.jsonl.gz", "message record",
            r => r.GetProperty("label").GetString() == "spam" ? true : throw new InvalidDataException("label \"maybe\" is neither spam nor ham")));
        Assert.Contains("line 1 is not a valid message record (label \"maybe\" is neither spam nor ham)", e.Message);
    }
}
