using Curriculum.Kernel.Jupyter;
using Microsoft.DotNet.Interactive;

namespace Curriculum.Kernel.Tests.Jupyter;

public sealed class CodePositionTests
{
    [Fact]
    public void Code_points_and_string_indices_differ_only_after_characters_outside_the_BMP()
    {
        const string code = "var s = \"😀\"; s.Len"; // the emoji is 1 code point, 2 UTF-16 chars
        Assert.Equal(code.Length, CodePosition.Utf16Index(code, code.Length - 1));
        Assert.Equal(code.Length - 1, CodePosition.CodePoints(code, code.Length));
        Assert.Equal(5, CodePosition.Utf16Index(code, 5));
        Assert.Equal(code.Length, CodePosition.Utf16Index(code, 1000)); // clamped
    }

    [Fact]
    public void Lines_and_columns_round_trip()
    {
        const string code = "int a = 1;\nConsole.Wri";
        var position = CodePosition.LineAndColumn(code, code.Length);
        Assert.Equal(new LinePosition(1, 11), position);
        Assert.Equal(code.Length, CodePosition.Index(code, position));
        Assert.Equal(new LinePosition(0, 3), CodePosition.LineAndColumn(code, 3));
        Assert.Equal(code.Length - 3, CodePosition.WordStart(code, code.Length));
    }
}
