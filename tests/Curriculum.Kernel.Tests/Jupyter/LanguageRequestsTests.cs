using Curriculum.Kernel.Jupyter;

namespace Curriculum.Kernel.Tests.Jupyter;

/// <summary>Completion and inspection go through the kernel (JupyterClientTests); is_complete is the parser's alone.</summary>
public sealed class LanguageRequestsTests
{
    [Theory]
    [InlineData("var x = 1;", "complete")]
    [InlineData("#r \"nuget: Plotly.NET, 6.0.0\"\nvar x = 1;", "complete")]
    [InlineData("if (true) {", "incomplete")]
    [InlineData("var s = \"open", "incomplete")]
    public void Is_complete_follows_the_CSharp_script_parser(string code, string status) =>
        Assert.Equal(status, (string?)LanguageRequests.IsComplete(code)["status"]);
}
