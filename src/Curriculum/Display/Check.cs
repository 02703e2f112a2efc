using System.Globalization;

namespace Curriculum.Display;

/// <summary>Thrown by a check cell when a lesson's claim does not hold; the message carries the measured value.</summary>
public sealed class CheckFailedException(string message) : Exception(message);

/// <summary>
/// The lessons' check cells. Each call prints one readable line, `✔ PASS  name = value (need ≥ limit)`, and
/// throws <see cref="CheckFailedException"/> with the measured value when the claim fails, so the headless runner
/// fails the notebook. The runner reads these lines; the first check of a lesson is its headline number.
/// Introduced in lesson 01.
/// </summary>
public static class Check
{
    /// <summary>Passes when <paramref name="actual"/> ≥ <paramref name="minimum"/>. Introduced in lesson 01.</summary>
    public static double AtLeast(string name, double actual, double minimum) =>
        Report(name, actual, actual >= minimum, $"need ≥ {Format(minimum)}");

    /// <summary>Passes when <paramref name="actual"/> ≤ <paramref name="maximum"/>. Introduced in lesson 01.</summary>
    public static double AtMost(string name, double actual, double maximum) =>
        Report(name, actual, actual <= maximum, $"need ≤ {Format(maximum)}");

    /// <summary>Passes when <paramref name="actual"/> is strictly above another measured value. Introduced in lesson 01.</summary>
    public static double Above(string name, double actual, string otherName, double other) =>
        Report(name, actual, actual > other, $"need > {otherName} {Format(other)}");

    /// <summary>Passes when <paramref name="actual"/> is strictly below another measured value (a cost, an error). Introduced in lesson 03.</summary>
    public static double Below(string name, double actual, string otherName, double other) =>
        Report(name, actual, actual < other, $"need < {otherName} {Format(other)}");

    /// <summary>Passes when |actual − expected| ≤ tolerance. Introduced in lesson 01.</summary>
    public static double Near(string name, double actual, double expected, double tolerance)
    {
        if (!(tolerance >= 0)) throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "tolerance must be a non-negative number");
        return Report(name, actual, Math.Abs(actual - expected) <= tolerance,
            $"need within {Format(tolerance)} of {Format(expected)}; off by {Format(Math.Abs(actual - expected))}");
    }

    /// <summary>Passes when <paramref name="condition"/> holds; <paramref name="detail"/> says what was seen. Introduced in lesson 03.</summary>
    public static bool That(string name, bool condition, string detail)
    {
        Emit(condition, name, condition ? "true" : "false", detail);
        return condition;
    }

    private static double Report(string name, double actual, bool passed, string requirement)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (double.IsNaN(actual)) passed = false;
        Emit(passed, name, Format(actual), requirement);
        return actual;
    }

    private static void Emit(bool passed, string name, string value, string detail)
    {
        var line = $"{(passed ? "✔ PASS" : "✘ FAIL")}  {name} = {value} ({detail})";
        Console.WriteLine(line);
        if (!passed) throw new CheckFailedException(line);
    }

    /// <summary>Four decimals near 1, one for large numbers, scientific for tiny ones (a 1e-7 difference must not print as 0); invariant culture.</summary>
    internal static string Format(double value) =>
        value != 0 && Math.Abs(value) < 1e-3 ? value.ToString("0.##e+0", CultureInfo.InvariantCulture)
        : Math.Abs(value) >= 1000 ? value.ToString("0.#", CultureInfo.InvariantCulture)
        : value.ToString("0.####", CultureInfo.InvariantCulture);
}
