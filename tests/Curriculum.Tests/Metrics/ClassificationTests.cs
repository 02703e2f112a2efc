using Curriculum.Metrics;
using static Curriculum.Tests.Metrics.MlNetReference;

namespace Curriculum.Tests.Metrics;

public class ClassificationTests
{
    private const double Exact = 1e-12;

    // actual:    T  T  T  F  F  F  F  T
    // predicted: T  F  T  T  F  F  T  T
    // TP = 3 (items 0, 2, 7), FN = 1 (item 1), FP = 2 (items 3, 6), TN = 2 (items 4, 5)
    private static readonly bool[] BinaryActual = [true, true, true, false, false, false, false, true];
    private static readonly bool[] BinaryPredicted = [true, false, true, true, false, false, true, true];

    [Fact]
    public void Binary_metrics_by_hand()
    {
        Assert.Equal(5.0 / 8, Classification.Accuracy(BinaryActual, BinaryPredicted), Exact); // (TP + TN) / 8
        Assert.Equal(3.0 / 5, Classification.Precision(BinaryActual, BinaryPredicted), Exact); // TP / (TP + FP)
        Assert.Equal(3.0 / 4, Classification.Recall(BinaryActual, BinaryPredicted), Exact); // TP / (TP + FN)
        // F1 = 2 * 0.6 * 0.75 / (0.6 + 0.75) = 0.9 / 1.35 = 2/3
        Assert.Equal(2.0 / 3, Classification.F1(BinaryActual, BinaryPredicted), Exact);
    }

    [Fact]
    public void Binary_confusion_matrix_is_indexed_actual_then_predicted_with_1_positive()
    {
        int[,] m = Classification.ConfusionMatrix(BinaryActual, BinaryPredicted);
        Assert.Equal(new[,] { { 2, 2 }, { 1, 3 } }, m); // [[TN, FP], [FN, TP]]
    }

    [Fact]
    public void Precision_is_0_when_nothing_is_predicted_positive()
    {
        bool[] actual = [true, false, true];
        bool[] predicted = [false, false, false];
        Assert.Equal(0.0, Classification.Precision(actual, predicted)); // 0 / 0 -> 0
        Assert.Equal(0.0, Classification.Recall(actual, predicted));    // 0 / 2
        Assert.Equal(0.0, Classification.F1(actual, predicted));        // P + R = 0 -> 0
        Assert.Equal(1.0 / 3, Classification.Accuracy(actual, predicted), Exact);
    }

    [Fact]
    public void Recall_is_0_when_there_are_no_actual_positives()
    {
        bool[] actual = [false, false, false, false];
        bool[] predicted = [false, true, false, false];
        Assert.Equal(0.0, Classification.Recall(actual, predicted));    // 0 / 0 -> 0
        Assert.Equal(0.0, Classification.Precision(actual, predicted)); // 0 / 1
        Assert.Equal(0.0, Classification.F1(actual, predicted));
        Assert.Equal(0.75, Classification.Accuracy(actual, predicted), Exact);
    }

    [Fact]
    public void All_negative_and_predicted_negative_is_accurate_but_has_zero_precision_recall_and_f1()
    {
        bool[] none = [false, false];
        Assert.Equal(1.0, Classification.Accuracy(none, none));
        Assert.Equal(0.0, Classification.Precision(none, none));
        Assert.Equal(0.0, Classification.Recall(none, none));
        Assert.Equal(0.0, Classification.F1(none, none));
    }

    // actual:    0 0 1 1 1 2 2 2 2
    // predicted: 0 1 1 1 0 2 2 1 2
    // confusion rows (actual) x columns (predicted): [1 1 0] [1 2 0] [0 1 3]
    private static readonly int[] MultiActual = [0, 0, 1, 1, 1, 2, 2, 2, 2];
    private static readonly int[] MultiPredicted = [0, 1, 1, 1, 0, 2, 2, 1, 2];

    [Fact]
    public void Multiclass_confusion_matrix_by_hand()
    {
        int[,] m = Classification.ConfusionMatrix(MultiActual, MultiPredicted, 3);
        Assert.Equal(new[,] { { 1, 1, 0 }, { 1, 2, 0 }, { 0, 1, 3 } }, m);
    }

    [Fact]
    public void Multiclass_accuracy_by_hand()
    {
        Assert.Equal(6.0 / 9, Classification.Accuracy(MultiActual, MultiPredicted), Exact); // diagonal 1 + 2 + 3
    }

    [Fact]
    public void Per_class_metrics_by_hand()
    {
        var perClass = Classification.PerClass(MultiActual, MultiPredicted, 3);
        // class 0: TP 1, predicted 2 (column), support 2 (row) -> P 1/2, R 1/2, F1 1/2
        AssertClass(perClass[0], 0, 0.5, 0.5, 0.5, 2);
        // class 1: TP 2, predicted 4, support 3 -> P 1/2, R 2/3, F1 = (2/3) / (7/6) = 4/7
        AssertClass(perClass[1], 1, 0.5, 2.0 / 3, 4.0 / 7, 3);
        // class 2: TP 3, predicted 3, support 4 -> P 1, R 3/4, F1 = 1.5 / 1.75 = 6/7
        AssertClass(perClass[2], 2, 1.0, 0.75, 6.0 / 7, 4);
    }

    [Fact]
    public void Macro_f1_by_hand()
    {
        // (1/2 + 4/7 + 6/7) / 3 = (27/14) / 3 = 9/14
        Assert.Equal(9.0 / 14, Classification.MacroF1(MultiActual, MultiPredicted, 3), Exact);
    }

    [Fact]
    public void Macro_f1_counts_a_class_that_never_occurs_as_zero()
    {
        // classCount 4: class 3 has P = R = 0/0 -> 0 and F1 0, so the sum 27/14 is divided by 4.
        Assert.Equal(27.0 / 56, Classification.MacroF1(MultiActual, MultiPredicted, 4), Exact);
        var class3 = Classification.PerClass(MultiActual, MultiPredicted, 4)[3];
        AssertClass(class3, 3, 0, 0, 0, 0);
    }

    [Fact]
    public void Per_class_of_a_two_class_problem_matches_the_binary_functions()
    {
        int[] actual = BinaryActual.Select(b => b ? 1 : 0).ToArray();
        int[] predicted = BinaryPredicted.Select(b => b ? 1 : 0).ToArray();
        var positive = Classification.PerClass(actual, predicted, 2)[1];
        Assert.Equal(Classification.Precision(BinaryActual, BinaryPredicted), positive.Precision, Exact);
        Assert.Equal(Classification.Recall(BinaryActual, BinaryPredicted), positive.Recall, Exact);
        Assert.Equal(Classification.F1(BinaryActual, BinaryPredicted), positive.F1, Exact);
        Assert.Equal(Classification.ConfusionMatrix(BinaryActual, BinaryPredicted), Classification.ConfusionMatrix(actual, predicted, 2));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void F1_is_the_harmonic_mean_of_precision_and_recall(int seed)
    {
        var random = new Random(seed);
        bool[] actual = Enumerable.Range(0, 200).Select(_ => random.NextDouble() < 0.3).ToArray();
        bool[] predicted = actual.Select(a => random.NextDouble() < (a ? 0.7 : 0.2)).ToArray();
        double p = Classification.Precision(actual, predicted);
        double r = Classification.Recall(actual, predicted);
        Assert.InRange(p, 0.01, 0.99);
        Assert.InRange(r, 0.01, 0.99);
        Assert.Equal(2 / (1 / p + 1 / r), Classification.F1(actual, predicted), Exact);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void Macro_f1_is_the_mean_of_per_class_f1_and_the_confusion_matrix_adds_up(int seed)
    {
        var random = new Random(seed);
        const int classCount = 5;
        int[] actual = Enumerable.Range(0, 300).Select(_ => random.Next(classCount)).ToArray();
        int[] predicted = actual.Select(a => random.NextDouble() < 0.6 ? a : random.Next(classCount)).ToArray();
        var perClass = Classification.PerClass(actual, predicted, classCount);
        Assert.Equal(perClass.Average(c => c.F1), Classification.MacroF1(actual, predicted, classCount), Exact);

        int[,] m = Classification.ConfusionMatrix(actual, predicted, classCount);
        int diagonal = 0, total = 0;
        for (int a = 0; a < classCount; a++)
        {
            int row = 0;
            for (int p = 0; p < classCount; p++) row += m[a, p];
            Assert.Equal(perClass[a].Support, row);
            Assert.Equal(actual.Count(x => x == a), row);
            diagonal += m[a, a];
            total += row;
        }
        Assert.Equal(actual.Length, total);
        Assert.Equal((double)diagonal / total, Classification.Accuracy(actual, predicted), Exact);
    }

    public static TheoryData<string> BinarySets => Names(BinaryNames);
    public static TheoryData<string> MulticlassSets => Names(MulticlassNames);

    [Theory]
    [MemberData(nameof(BinarySets))]
    public void Binary_metrics_match_MlNet(string dataSet)
    {
        var data = Binary(dataSet);
        var ml = EvaluateBinary(data.Rows);
        bool[] actual = data.Actual, predicted = data.Predicted; // ML.NET: positive when Score > 0

        Assert.Equal(ml.Accuracy, Classification.Accuracy(actual, predicted), Tolerance);
        Assert.Equal(ml.PositivePrecision, Classification.Precision(actual, predicted), Tolerance);
        Assert.Equal(ml.PositiveRecall, Classification.Recall(actual, predicted), Tolerance);
        Assert.Equal(ml.F1Score, Classification.F1(actual, predicted), Tolerance);
        // Negative precision/recall are the same functions with the classes swapped.
        bool[] notActual = actual.Select(a => !a).ToArray(), notPredicted = predicted.Select(p => !p).ToArray();
        Assert.Equal(ml.NegativePrecision, Classification.Precision(notActual, notPredicted), Tolerance);
        Assert.Equal(ml.NegativeRecall, Classification.Recall(notActual, notPredicted), Tolerance);

        // ML.NET's binary confusion matrix lists the positive class first: [[TP, FN], [FP, TN]].
        int[,] ours = Classification.ConfusionMatrix(actual, predicted);
        var counts = ml.ConfusionMatrix.Counts;
        Assert.Equal(ours[1, 1], (int)counts[0][0]);
        Assert.Equal(ours[1, 0], (int)counts[0][1]);
        Assert.Equal(ours[0, 1], (int)counts[1][0]);
        Assert.Equal(ours[0, 0], (int)counts[1][1]);
        Assert.True(ours[1, 1] > 0 && ours[0, 0] > 0 && ours[0, 1] > 0 && ours[1, 0] > 0, "the data set should exercise every cell");
    }

    [Theory]
    [MemberData(nameof(MulticlassSets))]
    public void Multiclass_metrics_match_MlNet(string dataSet)
    {
        var data = Multiclass(dataSet);
        var ml = EvaluateMulticlass(data);
        int[] actual = data.Actual, predicted = data.Predicted;
        if (data.MlNetPredictedLabel is { } trainerPredicted)
            Assert.Equal(trainerPredicted, predicted); // the trainer's PredictedLabel is the argmax too

        Assert.Equal(ml.MicroAccuracy, Classification.Accuracy(actual, predicted), Tolerance);
        var perClass = Classification.PerClass(actual, predicted, data.ClassCount);
        // ML.NET's macro accuracy is the mean per-class recall.
        Assert.Equal(ml.MacroAccuracy, perClass.Average(c => c.Recall), Tolerance);

        int[,] ours = Classification.ConfusionMatrix(actual, predicted, data.ClassCount);
        var counts = ml.ConfusionMatrix.Counts;
        Assert.Equal(data.ClassCount, counts.Count);
        for (int a = 0; a < data.ClassCount; a++)
        {
            Assert.Equal(data.ClassCount, counts[a].Count);
            for (int p = 0; p < data.ClassCount; p++)
                Assert.Equal(ours[a, p], (int)counts[a][p]);
            Assert.Equal(ml.ConfusionMatrix.PerClassPrecision[a], perClass[a].Precision, Tolerance);
            Assert.Equal(ml.ConfusionMatrix.PerClassRecall[a], perClass[a].Recall, Tolerance);
        }
        Assert.InRange(ml.MicroAccuracy, 0.3, 0.999); // a non-trivial data set
    }

    private static void AssertClass(ClassMetrics c, int cls, double precision, double recall, double f1, int support)
    {
        Assert.Equal(cls, c.Class);
        Assert.Equal(precision, c.Precision, Exact);
        Assert.Equal(recall, c.Recall, Exact);
        Assert.Equal(f1, c.F1, Exact);
        Assert.Equal(support, c.Support);
    }
}
