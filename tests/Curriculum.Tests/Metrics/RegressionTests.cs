using Curriculum.Metrics;
using static Curriculum.Tests.Metrics.MlNetReference;

namespace Curriculum.Tests.Metrics;

public class RegressionTests
{
    private const double Exact = 1e-12;

    // errors: 0.5, -0.5, 0, -1
    private static readonly double[] Actual = [3, -0.5, 2, 7];
    private static readonly double[] Predicted = [2.5, 0.0, 2, 8];

    [Fact]
    public void Mse_rmse_and_mae_by_hand()
    {
        Assert.Equal(0.375, Regression.MeanSquaredError(Actual, Predicted), Exact);               // (0.25 + 0.25 + 0 + 1) / 4
        Assert.Equal(Math.Sqrt(0.375), Regression.RootMeanSquaredError(Actual, Predicted), Exact);
        Assert.Equal(0.5, Regression.MeanAbsoluteError(Actual, Predicted), Exact);                // (0.5 + 0.5 + 0 + 1) / 4
    }

    [Fact]
    public void R_squared_by_hand()
    {
        // mean = 11.5 / 4 = 2.875; SST = 0.125² + 3.375² + 0.875² + 4.125² = 29.1875; SSE = 1.5
        // R² = 1 - 1.5 / 29.1875 = 0.948608...
        Assert.Equal(1 - 1.5 / 29.1875, Regression.RSquared(Actual, Predicted), Exact);
        Assert.Equal(0.9486081370, Regression.RSquared(Actual, Predicted), 1e-9);
    }

    [Fact]
    public void Perfect_predictions_and_predicting_the_mean()
    {
        Assert.Equal(0.0, Regression.MeanSquaredError(Actual, Actual));
        Assert.Equal(0.0, Regression.MeanAbsoluteError(Actual, Actual));
        Assert.Equal(1.0, Regression.RSquared(Actual, Actual));
        double[] mean = Enumerable.Repeat(Actual.Average(), Actual.Length).ToArray();
        Assert.Equal(0.0, Regression.RSquared(Actual, mean), Exact);
        // Worse than the mean gives a negative R².
        double[] bad = Actual.Select(a => -a).ToArray();
        Assert.True(Regression.RSquared(Actual, bad) < 0);
    }

    [Fact]
    public void R_squared_is_NaN_when_actual_is_constant_as_in_MlNet()
    {
        float[] actual = [2, 2, 2, 2];
        float[] predicted = [1, 2, 3, 2];
        Assert.True(double.IsNaN(Regression.RSquared(actual, predicted)));
        Assert.True(double.IsNaN(Regression.RSquared([5.0], [4.0])));
        var ml = EvaluateRegression(new RegressionData("constant", actual, predicted));
        Assert.True(double.IsNaN(ml.RSquared), $"ML.NET gave {ml.RSquared}");
    }

    [Fact]
    public void Rmse_is_at_least_mae()
    {
        var data = RegressionSet("seeded");
        Assert.True(Regression.RootMeanSquaredError(data.Actual, data.Predicted) >= Regression.MeanAbsoluteError(data.Actual, data.Predicted));
    }

    [Fact]
    public void Float_overloads_agree_with_double_overloads()
    {
        float[] a = [1.5f, 2.25f, -3f], p = [1f, 2.5f, -2f];
        double[] ad = a.Select(x => (double)x).ToArray(), pd = p.Select(x => (double)x).ToArray();
        Assert.Equal(Regression.MeanSquaredError(ad, pd), Regression.MeanSquaredError(a, p));
        Assert.Equal(Regression.RootMeanSquaredError(ad, pd), Regression.RootMeanSquaredError(a, p));
        Assert.Equal(Regression.MeanAbsoluteError(ad, pd), Regression.MeanAbsoluteError(a, p));
        Assert.Equal(Regression.RSquared(ad, pd), Regression.RSquared(a, p));
    }

    public static TheoryData<string> RegressionSets => Names(RegressionNames);

    [Theory]
    [MemberData(nameof(RegressionSets))]
    public void Regression_metrics_match_MlNet(string dataSet)
    {
        var data = RegressionSet(dataSet);
        var ml = EvaluateRegression(data);
        Assert.Equal(ml.MeanSquaredError, Regression.MeanSquaredError(data.Actual, data.Predicted), Tolerance);
        Assert.Equal(ml.RootMeanSquaredError, Regression.RootMeanSquaredError(data.Actual, data.Predicted), Tolerance);
        Assert.Equal(ml.MeanAbsoluteError, Regression.MeanAbsoluteError(data.Actual, data.Predicted), Tolerance);
        Assert.Equal(ml.RSquared, Regression.RSquared(data.Actual, data.Predicted), Tolerance);
        Assert.InRange(ml.RSquared, 0.3, 0.99); // a non-trivial data set
    }
}
