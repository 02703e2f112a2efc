using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace Curriculum.Display;

/// <summary>
/// A plain HTML table of rows (one column per public property or field), with numbers shown to a fixed number of
/// significant digits. The kernel's default formatter nests anonymous objects; this keeps comparison tables readable.
/// Introduced in lesson 01.
/// </summary>
public static class Table
{
    /// <summary>Renders rows as an HTML table; the last expression of a cell displays it. Introduced in lesson 01.</summary>
    public static IHtmlContent Of<T>(IEnumerable<T> rows, int significantDigits = 6)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (significantDigits is < 1 or > 17) throw new ArgumentOutOfRangeException(nameof(significantDigits), significantDigits, "must be 1 to 17");
        var type = typeof(T);
        var members = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Cast<MemberInfo>()
            .Concat(type.GetFields(BindingFlags.Public | BindingFlags.Instance)).ToArray();
        if (members.Length == 0) throw new ArgumentException($"{type.Name} has no public properties or fields to show", nameof(rows));
        var html = new StringBuilder("<table><thead><tr>");
        foreach (var m in members) html.Append("<th>").Append(WebUtility.HtmlEncode(m.Name)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var m in members)
            {
                var value = m is PropertyInfo p ? p.GetValue(row) : ((FieldInfo)m).GetValue(row);
                html.Append("<td>").Append(WebUtility.HtmlEncode(Text(value, significantDigits))).Append("</td>");
            }
            html.Append("</tr>");
        }
        return new HtmlString(html.Append("</tbody></table>").ToString());
    }

    /// <summary>How one cell's value is written: numbers to the given significant digits, invariant culture.</summary>
    public static string Text(object? value, int significantDigits = 6) => value switch
    {
        null => "",
        double d => d.ToString("G" + significantDigits, CultureInfo.InvariantCulture),
        float f => f.ToString("G" + Math.Min(significantDigits, 9), CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
