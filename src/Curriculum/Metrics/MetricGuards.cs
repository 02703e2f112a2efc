using System.Globalization;

namespace Curriculum.Metrics;

/// <summary>
/// Argument checks shared by the metric functions. Every failure names the offending argument
/// (ParamName) and says what was expected and what was got, because notebook readers see these
/// messages directly.
/// </summary>
internal static class MetricGuards
{
    public static void NotNull<T>(T[]? values, string paramName)
    {
        if (values is null)
            throw new ArgumentNullException(paramName, $"{paramName} must be an array but was null.");
    }

    public static void NotEmpty<T>(T[]? values, string paramName)
    {
        NotNull(values, paramName);
        if (values!.Length == 0)
            throw new ArgumentException($"{paramName} must contain at least one item but has 0 items.", paramName);
    }

    /// <summary>Both arrays non-null, non-empty and of the same length; the second one is blamed for a mismatch.</summary>
    public static void SameLengthNonEmpty<TA, TB>(TA[]? first, string firstName, TB[]? second, string secondName)
    {
        NotNull(first, firstName);
        NotNull(second, secondName);
        if (first!.Length != second!.Length)
            throw new ArgumentException(
                $"{firstName} has {first.Length} items but {secondName} has {second.Length}; they must have the same length.",
                secondName);
        NotEmpty(first, firstName);
    }

    public static void ClassCount(int classCount, string paramName = "classCount")
    {
        if (classCount < 1)
            throw new ArgumentOutOfRangeException(paramName, classCount,
                $"{paramName} must be at least 1 but was {classCount}.");
    }

    public static void LabelsInRange(int[] labels, int classCount, string paramName)
    {
        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i] < 0 || labels[i] >= classCount)
                throw new ArgumentOutOfRangeException(paramName, labels[i],
                    $"{paramName}[{i}] is {labels[i]} but labels must be in [0, {classCount}) because classCount is {classCount}.");
        }
    }

    public static void Finite(double[] values, string paramName)
    {
        for (int i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
                throw new ArgumentException(
                    $"{paramName}[{i}] is {Format(values[i])} but {paramName} must be finite numbers (not NaN or infinity).",
                    paramName);
        }
    }

    public static void Probabilities(double[] values, string paramName)
    {
        for (int i = 0; i < values.Length; i++)
        {
            if (!(values[i] >= 0.0 && values[i] <= 1.0)) // also catches NaN
                throw new ArgumentOutOfRangeException(paramName, values[i],
                    $"{paramName}[{i}] is {Format(values[i])} but probabilities must be in [0, 1].");
        }
    }

    public static void BinCount(int binCount, string paramName = "binCount")
    {
        if (binCount < 1)
            throw new ArgumentOutOfRangeException(paramName, binCount,
                $"{paramName} must be at least 1 but was {binCount}.");
    }

    /// <summary>Returns the number of positives; throws if all items are of one class.</summary>
    public static int BothClasses(bool[] actual, string paramName, string what)
    {
        int positives = 0;
        foreach (bool a in actual)
            if (a) positives++;
        if (positives == 0 || positives == actual.Length)
        {
            string only = positives == 0 ? "negative" : "positive";
            throw new ArgumentException(
                $"{paramName} contains only {only} items ({actual.Length} of {actual.Length}) but {what} needs at least one positive and one negative.",
                paramName);
        }
        return positives;
    }

    public static int PositiveCount(bool[] actual, string paramName, string what)
    {
        int positives = 0;
        foreach (bool a in actual)
            if (a) positives++;
        if (positives == 0)
            throw new ArgumentException(
                $"{paramName} contains no positive items (0 of {actual.Length}) but {what} needs at least one positive.",
                paramName);
        return positives;
    }

    /// <summary>Widens a float array (null stays null so the caller's checks report it under the same name).</summary>
    public static double[] ToDoubles(float[]? values, string paramName)
    {
        NotNull(values, paramName);
        var result = new double[values!.Length];
        for (int i = 0; i < values.Length; i++)
            result[i] = values[i];
        return result;
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
