using System.Text.RegularExpressions;

namespace Curriculum.Kernel.Notebooks;

/// <summary>
/// One line a lesson's check cell printed, e.g. `✔ PASS  test accuracy = 0.9815 (need ≥ 0.97)`. The helper
/// library's check helper writes this shape; the runner only reads text, so it knows nothing about lessons.
/// </summary>
public sealed partial record CheckLine(bool Passed, string Name, string Value, string Text)
{
    [GeneratedRegex(@"^(?<mark>✔ PASS|✘ FAIL)\s+(?<name>.+?) = (?<value>\S+)", RegexOptions.Multiline)]
    private static partial Regex Pattern();

    public static IEnumerable<CheckLine> Parse(string output) =>
        Pattern().Matches(output).Select(m => new CheckLine(
            m.Groups["mark"].Value == "✔ PASS",
            m.Groups["name"].Value.Trim(),
            m.Groups["value"].Value,
            output.Substring(m.Index).Split('\n')[0].TrimEnd()));
}
