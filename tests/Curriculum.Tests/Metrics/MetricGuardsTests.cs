using Curriculum.Metrics;

namespace Curriculum.Tests.Metrics;

/// <summary>
/// Argument validation (MetricGuards) as seen through the public metric functions: the exception type,
/// the ParamName of the offending argument, and a message that says what was expected and what was got.
/// </summary>
public class MetricGuardsTests
{
    private static readonly bool[] Ten = Enumerable.Range(0, 10).Select(i => i % 2 == 0).ToArray();
    private static readonly bool[] Nine = Ten[..9];

    [Fact]
    public void Mismatched_lengths_name_both_lengths_and_blame_the_second_argument()
    {
        var e = Assert.Throws<ArgumentException>(() => Classification.Accuracy(Ten, Nine));
        Assert.Equal("predicted", e.ParamName);
        Assert.Contains("actual has 10 items but predicted has 9", e.Message);
    }

    public static TheoryData<string, Action> MismatchedCalls => new()
    {
        { "predicted", () => Classification.Precision(Ten, Nine) },
        { "predicted", () => Classification.Recall(Ten, Nine) },
        { "predicted", () => Classification.F1(Ten, Nine) },
        { "predicted", () => Classification.ConfusionMatrix(Ten, Nine) },
        { "predicted", () => Classification.Accuracy(new int[10], new int[9]) },
        { "predicted", () => Classification.MacroF1(new int[10], new int[9], 2) },
        { "predicted", () => Classification.PerClass(new int[10], new int[9], 2) },
        { "predicted", () => Classification.ConfusionMatrix(new int[10], new int[9], 2) },
        { "scores", () => Curves.Roc(Ten, new double[9]) },
        { "scores", () => Curves.RocAuc(Ten, new float[9]) },
        { "scores", () => Curves.PrecisionRecall(Ten, new double[9]) },
        { "scores", () => Curves.AveragePrecision(Ten, new double[9]) },
        { "scores", () => Curves.AreaUnderPrecisionRecallCurve(Ten, new double[9]) },
        { "probabilities", () => Probabilistic.LogLoss(Ten, new double[9]) },
        { "probabilities", () => Probabilistic.LogLossBits(Ten, new float[9]) },
        { "probabilities", () => Probabilistic.LogLoss(new int[10], new double[9][]) },
        { "probabilities", () => Probabilistic.BrierScore(Ten, new double[9]) },
        { "probabilities", () => Probabilistic.CalibrationBins(Ten, new double[9], 10) },
        { "probabilities", () => Probabilistic.ExpectedCalibrationError(Ten, new double[9], 10) },
        { "predicted", () => Regression.MeanSquaredError(new double[10], new double[9]) },
        { "predicted", () => Regression.RootMeanSquaredError(new float[10], new float[9]) },
        { "predicted", () => Regression.MeanAbsoluteError(new double[10], new double[9]) },
        { "predicted", () => Regression.RSquared(new double[10], new double[9]) },
    };

    [Theory]
    [MemberData(nameof(MismatchedCalls))]
    public void Every_function_rejects_mismatched_lengths(string paramName, Action call)
    {
        var e = Assert.Throws<ArgumentException>(call);
        Assert.Equal(paramName, e.ParamName);
        Assert.Contains("has 10 items but", e.Message);
        Assert.Contains($"{paramName} has 9", e.Message);
    }

    public static TheoryData<Action> EmptyCalls => new()
    {
        () => Classification.Accuracy(Array.Empty<bool>(), Array.Empty<bool>()),
        () => Classification.Accuracy(Array.Empty<int>(), Array.Empty<int>()),
        () => Classification.MacroF1(Array.Empty<int>(), Array.Empty<int>(), 3),
        () => Curves.Roc(Array.Empty<bool>(), Array.Empty<double>()),
        () => Probabilistic.LogLoss(Array.Empty<bool>(), Array.Empty<double>()),
        () => Probabilistic.ExpectedCalibrationError(Array.Empty<bool>(), Array.Empty<double>(), 10),
        () => Regression.RSquared(Array.Empty<double>(), Array.Empty<double>()),
    };

    [Theory]
    [MemberData(nameof(EmptyCalls))]
    public void Empty_input_is_rejected(Action call)
    {
        var e = Assert.Throws<ArgumentException>(call);
        Assert.Equal("actual", e.ParamName);
        Assert.Contains("at least one item but has 0 items", e.Message);
    }

    [Fact]
    public void Null_arrays_are_rejected_by_name()
    {
        Assert.Equal("actual", Assert.Throws<ArgumentNullException>(() => Classification.Accuracy(null!, Ten)).ParamName);
        Assert.Equal("predicted", Assert.Throws<ArgumentNullException>(() => Classification.F1(Ten, null!)).ParamName);
        Assert.Equal("scores", Assert.Throws<ArgumentNullException>(() => Curves.RocAuc(Ten, (float[])null!)).ParamName);
        Assert.Equal("probabilities", Assert.Throws<ArgumentNullException>(() => Probabilistic.LogLoss(Ten, (double[])null!)).ParamName);
        Assert.Equal("actual", Assert.Throws<ArgumentNullException>(() => Regression.MeanSquaredError((float[])null!, new float[1])).ParamName);
    }

    [Fact]
    public void Labels_outside_the_class_range_are_rejected_with_the_range()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Classification.ConfusionMatrix([0, 1, 3], [0, 1, 2], 3));
        Assert.Equal("actual", e.ParamName);
        Assert.Equal(3, e.ActualValue);
        Assert.Contains("actual[2] is 3", e.Message);
        Assert.Contains("[0, 3)", e.Message);

        e = Assert.Throws<ArgumentOutOfRangeException>(() => Classification.MacroF1([0, 1, 2], [0, -1, 2], 3));
        Assert.Equal("predicted", e.ParamName);
        Assert.Contains("predicted[1] is -1", e.Message);
        Assert.Contains("[0, 3)", e.Message);

        e = Assert.Throws<ArgumentOutOfRangeException>(() => Classification.PerClass([0, 1], [0, 1], 0));
        Assert.Equal("classCount", e.ParamName);
        Assert.Contains("at least 1 but was 0", e.Message);

        e = Assert.Throws<ArgumentOutOfRangeException>(() => Probabilistic.LogLoss([0, 3], [[0.5, 0.5], [0.5, 0.5]]));
        Assert.Equal("actual", e.ParamName);
        Assert.Contains("[0, 2)", e.Message);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Non_finite_scores_are_rejected(double bad)
    {
        double[] scores = [0.1, 0.2, bad, 0.4];
        bool[] actual = [true, false, true, false];
        string shown = bad.ToString("R", System.Globalization.CultureInfo.InvariantCulture); // NaN, Infinity, -Infinity
        foreach (Action call in new Action[]
                 {
                     () => Curves.Roc(actual, scores),
                     () => Curves.RocAuc(actual, scores),
                     () => Curves.PrecisionRecall(actual, scores),
                     () => Curves.AreaUnderPrecisionRecallCurve(actual, scores),
                 })
        {
            var e = Assert.Throws<ArgumentException>(call);
            Assert.Equal("scores", e.ParamName);
            Assert.Contains($"scores[2] is {shown} but", e.Message);
            Assert.Contains("finite", e.Message);
        }
    }

    [Fact]
    public void Non_finite_regression_values_are_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => Regression.MeanAbsoluteError([1.0, double.NaN], [1.0, 2.0]));
        Assert.Equal("actual", e.ParamName);
        Assert.Contains("actual[1] is NaN", e.Message);
        e = Assert.Throws<ArgumentException>(() => Regression.MeanSquaredError([1f, 2f], [1f, float.NaN]));
        Assert.Equal("predicted", e.ParamName);
    }

    [Theory]
    [InlineData(1.2)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void Probabilities_outside_zero_one_are_rejected(double bad)
    {
        bool[] actual = [true, false];
        double[] probabilities = [0.5, bad];
        foreach (Action call in new Action[]
                 {
                     () => Probabilistic.LogLoss(actual, probabilities),
                     () => Probabilistic.LogLossBits(actual, probabilities),
                     () => Probabilistic.BrierScore(actual, probabilities),
                     () => Probabilistic.CalibrationBins(actual, probabilities, 10),
                     () => Probabilistic.ExpectedCalibrationError(actual, probabilities, 10),
                     () => Probabilistic.LogLoss([0, 1], [[0.5, 0.5], [0.5, bad]]),
                 })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(call);
            Assert.Equal("probabilities", e.ParamName);
            Assert.Contains("[1]", e.Message);
            Assert.Contains("must be in [0, 1]", e.Message);
            if (!double.IsNaN(bad))
                Assert.Contains(bad.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Message);
        }
    }

    [Fact]
    public void Ragged_multiclass_probabilities_are_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => Probabilistic.LogLoss([0, 1], [[0.5, 0.5], [0.2, 0.3, 0.5]]));
        Assert.Equal("probabilities", e.ParamName);
        Assert.Contains("probabilities[1] has 3 items", e.Message);
        Assert.Contains("(2)", e.Message);
    }

    [Fact]
    public void Curves_and_auc_need_both_classes()
    {
        double[] scores = [0.1, 0.5, 0.9];
        var e = Assert.Throws<ArgumentException>(() => Curves.Roc([true, true, true], scores));
        Assert.Equal("actual", e.ParamName);
        Assert.Contains("only positive items (3 of 3)", e.Message);
        Assert.Contains("at least one positive and one negative", e.Message);

        e = Assert.Throws<ArgumentException>(() => Curves.RocAuc([false, false, false], scores));
        Assert.Equal("actual", e.ParamName);
        Assert.Contains("only negative items (3 of 3)", e.Message);

        // Precision-recall needs a positive (recall divides by P) but no negative.
        foreach (Action call in new Action[]
                 {
                     () => Curves.PrecisionRecall([false, false, false], scores),
                     () => Curves.AveragePrecision([false, false, false], scores),
                     () => Curves.AreaUnderPrecisionRecallCurve([false, false, false], scores),
                 })
        {
            e = Assert.Throws<ArgumentException>(call);
            Assert.Equal("actual", e.ParamName);
            Assert.Contains("no positive items (0 of 3)", e.Message);
        }
        Assert.Equal(1.0, Curves.AveragePrecision([true, true, true], scores));
    }

    [Fact]
    public void Bin_count_must_be_positive()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Probabilistic.CalibrationBins([true], [0.5], 0));
        Assert.Equal("binCount", e.ParamName);
        Assert.Contains("at least 1 but was 0", e.Message);
        Assert.Equal("binCount", Assert.Throws<ArgumentOutOfRangeException>(() => Probabilistic.ExpectedCalibrationError([true], [0.5], -3)).ParamName);
    }
}
