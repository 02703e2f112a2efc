using Microsoft.DotNet.Interactive;

namespace Curriculum.Kernel.Jupyter;

/// <summary>Conversions between Jupyter's code-point offsets, .NET string indices and line/column positions.</summary>
public static class CodePosition
{
    /// <summary>The string index of the <paramref name="codePoints"/>-th code point (clamped to the code's length).</summary>
    public static int Utf16Index(string code, int codePoints)
    {
        var index = 0;
        for (var n = 0; n < codePoints && index < code.Length; n++)
            index += char.IsHighSurrogate(code[index]) && index + 1 < code.Length ? 2 : 1;
        return index;
    }

    /// <summary>How many code points come before string index <paramref name="index"/>.</summary>
    public static int CodePoints(string code, int index)
    {
        var count = 0;
        for (var i = 0; i < Math.Min(index, code.Length); i++)
            if (!char.IsLowSurrogate(code[i])) count++;
        return count;
    }

    public static LinePosition LineAndColumn(string code, int index)
    {
        int line = 0, lineStart = 0;
        for (var i = 0; i < Math.Min(index, code.Length); i++)
            if (code[i] == '\n') { line++; lineStart = i + 1; }
        return new LinePosition(line, index - lineStart);
    }

    public static int Index(string code, LinePosition position)
    {
        var index = 0;
        for (var line = 0; line < position.Line && index < code.Length; index++)
            if (code[index] == '\n') line++;
        return Math.Min(code.Length, index + position.Character);
    }

    /// <summary>Where the identifier that ends at <paramref name="index"/> begins (what a completion replaces).</summary>
    public static int WordStart(string code, int index)
    {
        var start = index;
        while (start > 0 && (char.IsLetterOrDigit(code[start - 1]) || code[start - 1] == '_')) start--;
        return start;
    }
}
