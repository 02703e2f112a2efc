using Curriculum.Kernel.Jupyter;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace Curriculum.Kernel.Tests.Jupyter;

public sealed class IopubOutputsTests
{
    private static readonly SubmitCode Command = new("x");

    private static FormattedValue[] Values(string html, string plain) => [new("text/html", html), new("text/plain", plain)];

    [Fact]
    public void Printed_text_becomes_a_stream_and_empty_text_nothing()
    {
        var outputs = new IopubOutputs(3);
        var (type, content) = outputs.Translate(new StandardOutputValueProduced(Command, [new FormattedValue("text/plain", "hi\n")]))!.Value;
        Assert.Equal("stream", type);
        Assert.Equal("stdout", (string?)content["name"]);
        Assert.Equal("hi\n", (string?)content["text"]);
        Assert.Equal("stderr", (string?)outputs.Translate(new StandardErrorValueProduced(Command, [new FormattedValue("text/plain", "warn")]))!.Value.Content["name"]);
        Assert.Null(outputs.Translate(new StandardOutputValueProduced(Command, [new FormattedValue("text/plain", "")])));
    }

    [Fact]
    public void A_display_and_its_update_share_the_display_id()
    {
        var outputs = new IopubOutputs(1);
        var shown = outputs.Translate(new DisplayedValueProduced("a", Command, Values("<b>a</b>", "a"), "value-7"))!.Value;
        var updated = outputs.Translate(new DisplayedValueUpdated("b", "value-7", Command, Values("<b>b</b>", "b")))!.Value;
        Assert.Equal("display_data", shown.Type);
        Assert.Equal("update_display_data", updated.Type);
        Assert.Equal("value-7", (string?)shown.Content["transient"]!["display_id"]);
        Assert.Equal("value-7", (string?)updated.Content["transient"]!["display_id"]);
        Assert.Equal("<b>b</b>", (string?)updated.Content["data"]!["text/html"]);
        Assert.Equal("b", (string?)updated.Content["data"]!["text/plain"]);
    }

    [Fact]
    public void The_cell_value_is_an_execute_result_with_the_count()
    {
        var (type, content) = new IopubOutputs(5).Translate(new ReturnValueProduced(42, Command, Values("<pre>42</pre>", "42")))!.Value;
        Assert.Equal("execute_result", type);
        Assert.Equal(5, (int)content["execution_count"]!);
        Assert.Equal("42", (string?)content["data"]!["text/plain"]);
    }

    [Fact]
    public void A_failure_reported_twice_is_shown_once_and_kept_for_the_reply()
    {
        var outputs = new IopubOutputs(1);
        var first = outputs.Translate(new ErrorProduced("measured 0.91\nat line 2", Command));
        var again = outputs.Translate(new CommandFailed("measured 0.91\nat line 2", Command));
        Assert.Equal("error", first!.Value.Type);
        Assert.Equal(["measured 0.91", "at line 2"], first.Value.Content["traceback"]!.AsArray().Select(l => (string?)l));
        Assert.Null(again);
        Assert.Equal("measured 0.91\nat line 2", (string?)outputs.Error!["evalue"]);
    }
}
