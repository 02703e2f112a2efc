namespace Curriculum.Metrics;

/// <summary>
/// Error metrics for numeric predictions: mean squared error, its square root, mean absolute error
/// and R². Inputs must be finite and of equal, non-zero length.
/// Introduced in lesson 03.</summary>
public static class Regression
{
    /// <summary>
    /// Mean squared error (MSE): the average of (actual - predicted)², in squared units of the target;
    /// large errors dominate. Matches ML.NET's <c>MeanSquaredError</c>. Introduced in lesson 03.
    /// </summary>
    public static double MeanSquaredError(double[] actual, double[] predicted)
    {
        Check(actual, predicted);
        double sum = 0;
        for (int i = 0; i < actual.Length; i++)
        {
            double d = actual[i] - predicted[i];
            sum += d * d;
        }
        return sum / actual.Length;
    }

    /// <summary>
    /// Mean squared error for float inputs (widened to double): the average squared error.
    /// Introduced in lesson 03.
    /// </summary>
    public static double MeanSquaredError(float[] actual, float[] predicted) =>
        MeanSquaredError(MetricGuards.ToDoubles(actual, nameof(actual)), MetricGuards.ToDoubles(predicted, nameof(predicted)));

    /// <summary>
    /// Root mean squared error (RMSE): the square root of the MSE, a typical error size in the target's
    /// own units. Matches ML.NET's <c>RootMeanSquaredError</c>. Introduced in lesson 03.
    /// </summary>
    public static double RootMeanSquaredError(double[] actual, double[] predicted) =>
        Math.Sqrt(MeanSquaredError(actual, predicted));

    /// <summary>
    /// Root mean squared error for float inputs (widened to double): the square root of the MSE.
    /// Introduced in lesson 03.
    /// </summary>
    public static double RootMeanSquaredError(float[] actual, float[] predicted) =>
        Math.Sqrt(MeanSquaredError(actual, predicted));

    /// <summary>
    /// Mean absolute error (MAE): the average of |actual - predicted|, in the target's units; less
    /// sensitive to outliers than RMSE. Matches ML.NET's <c>MeanAbsoluteError</c>. Introduced in lesson 03.
    /// </summary>
    public static double MeanAbsoluteError(double[] actual, double[] predicted)
    {
        Check(actual, predicted);
        double sum = 0;
        for (int i = 0; i < actual.Length; i++)
            sum += Math.Abs(actual[i] - predicted[i]);
        return sum / actual.Length;
    }

    /// <summary>
    /// Mean absolute error for float inputs (widened to double): the average absolute error.
    /// Introduced in lesson 03.
    /// </summary>
    public static double MeanAbsoluteError(float[] actual, float[] predicted) =>
        MeanAbsoluteError(MetricGuards.ToDoubles(actual, nameof(actual)), MetricGuards.ToDoubles(predicted, nameof(predicted)));

    /// <summary>
    /// R² (coefficient of determination): 1 - SSE / SST, the fraction of the variance of actual around
    /// its mean that the predictions explain. 1 is perfect, 0 is no better than predicting the mean, and
    /// it is negative for worse predictions. When actual is constant (SST = 0, including a single item)
    /// R² is undefined and NaN is returned, as ML.NET's <c>RSquared</c> does. Introduced in lesson 03.
    /// </summary>
    public static double RSquared(double[] actual, double[] predicted)
    {
        Check(actual, predicted);
        double mean = actual.Average();
        double sse = 0, sst = 0;
        for (int i = 0; i < actual.Length; i++)
        {
            double d = actual[i] - predicted[i];
            double c = actual[i] - mean;
            sse += d * d;
            sst += c * c;
        }
        return sst == 0 ? double.NaN : 1 - sse / sst;
    }

    /// <summary>
    /// R² for float inputs (widened to double): 1 - SSE / SST, NaN when actual is constant.
    /// Introduced in lesson 03.
    /// </summary>
    public static double RSquared(float[] actual, float[] predicted) =>
        RSquared(MetricGuards.ToDoubles(actual, nameof(actual)), MetricGuards.ToDoubles(predicted, nameof(predicted)));

    private static void Check(double[] actual, double[] predicted)
    {
        MetricGuards.SameLengthNonEmpty(actual, nameof(actual), predicted, nameof(predicted));
        MetricGuards.Finite(actual, nameof(actual));
        MetricGuards.Finite(predicted, nameof(predicted));
    }
}
