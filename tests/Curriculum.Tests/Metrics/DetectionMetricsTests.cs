using Curriculum.Metrics;
using Curriculum.Vision;

namespace Curriculum.Tests.Metrics;

public class DetectionMetricsTests
{
    // The worked example (hand-computed). Class 0 has three objects: A and B in image 0, C in image 1.
    private static readonly GroundTruth[] Truths =
    [
        new(0, 0, new Box(0, 0, 10, 10)),   // A
        new(0, 0, new Box(20, 20, 30, 30)), // B
        new(1, 0, new Box(0, 0, 10, 10)),   // C
        new(1, 1, new Box(30, 30, 40, 40)), // the only object of class 1
        new(1, 2, new Box(0, 30, 10, 40)),  // class 2: found by nobody
    ];

    // Ranked by score:       IoU with its best object        verdict     TP FP  precision recall
    // d1 0.9 image 0 = A     1                               TP           1  0  1         1/3
    // d2 0.8 image 0 ~ A     90/110 = 0.82, A already found  FP (dup)     1  1  1/2       1/3
    // d3 0.7 image 1 nowhere 0                               FP           1  2  1/3       1/3
    // d4 0.6 image 1 ~ C     100/120 = 0.83                  TP           2  2  2/4       2/3
    // d5 0.5 image 0 ~ B     100/150 = 0.67                  TP           3  2  3/5       1
    // Precision made non-increasing from the right: 1, 0.6, 0.6, 0.6, 0.6.
    // All-point AP = 1/3·1 + 1/3·0.6 + 1/3·0.6 = 11/15 = 0.7333 (the 11-point VOC2007 rule would give 8.2/11 = 0.745).
    private static readonly Detection[] Class0 =
    [
        new(0, 0, 0.9, new Box(0, 0, 10, 10)),
        new(0, 0, 0.8, new Box(1, 0, 11, 10)),
        new(1, 0, 0.7, new Box(50, 50, 60, 60)),
        new(1, 0, 0.6, new Box(0, 0, 10, 12)),
        new(0, 0, 0.5, new Box(20, 20, 30, 35)),
    ];

    [Fact]
    public void Average_precision_matches_the_hand_computed_VOC_example()
    {
        // Shuffled input: the function must rank by score itself.
        var shuffled = new[] { Class0[3], Class0[0], Class0[4], Class0[2], Class0[1] };

        var r = DetectionMetrics.AveragePrecision(shuffled, Truths, classIndex: 0);

        Assert.Equal(11.0 / 15, r.AveragePrecision, 12);
        Assert.Equal([1, 1 / 2.0, 1 / 3.0, 2 / 4.0, 3 / 5.0], r.Precision, (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal([1 / 3.0, 1 / 3.0, 1 / 3.0, 2 / 3.0, 1], r.Recall, (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal((3, 2, 3), (r.TruePositives, r.FalsePositives, r.GroundTruths));
    }

    [Fact]
    public void Mean_AP_averages_classes_with_objects_and_counts_a_class_never_detected_as_zero()
    {
        var detections = Class0.Append(new Detection(1, 1, 0.3, new Box(30, 30, 40, 40)))
            .Append(new Detection(0, 3, 0.9, new Box(0, 0, 5, 5))) // class 3 has no objects: skipped, not an error
            .ToList();

        var (map, perClass) = DetectionMetrics.MeanAveragePrecision(detections, Truths, classCount: 4);

        Assert.Equal([11.0 / 15, 1.0, 0.0], perClass.Take(3), (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.True(double.IsNaN(perClass[3]));
        Assert.Equal((11.0 / 15 + 1 + 0) / 3, map, 12);
    }

    [Fact]
    public void A_detection_of_the_wrong_class_or_in_the_wrong_image_is_a_false_positive()
    {
        GroundTruth[] truth = [new(0, 0, new Box(0, 0, 10, 10))];
        Detection[] wrongImage = [new(1, 0, 0.9, new Box(0, 0, 10, 10))];
        Detection[] wrongClass = [new(0, 1, 0.9, new Box(0, 0, 10, 10))];

        Assert.Equal(0, DetectionMetrics.AveragePrecision(wrongImage, truth, 0).AveragePrecision);
        Assert.Equal(0, DetectionMetrics.AveragePrecision(wrongClass, truth, 0).AveragePrecision);
        Assert.Equal((0, 1, 1), DetectionMetrics.CountsAt(wrongClass, truth, classCount: 2, minScore: 0.5));
    }

    [Fact]
    public void IoU_exactly_at_the_threshold_counts_as_a_match()
    {
        GroundTruth[] truth = [new(0, 0, new Box(0, 0, 10, 10))];
        Detection[] half = [new(0, 0, 0.9, new Box(0, 0, 10, 20))]; // IoU = 100 / 200 = 0.5

        Assert.Equal(1.0, DetectionMetrics.AveragePrecision(half, truth, 0, iouThreshold: 0.5).AveragePrecision);
        Assert.Equal(0.0, DetectionMetrics.AveragePrecision(half, truth, 0, iouThreshold: 0.51).AveragePrecision);
    }

    [Fact]
    public void Counts_at_a_score_threshold_follow_the_same_matching()
    {
        // At score >= 0.55: d1 TP, d2 FP (duplicate), d3 FP, d4 TP; B is missed.
        Assert.Equal((2, 2, 1), DetectionMetrics.CountsAt(Class0, Truths.Where(t => t.Class == 0).ToList(), classCount: 1, minScore: 0.55));
        Assert.Equal((0, 0, 3), DetectionMetrics.CountsAt(Class0, Truths.Where(t => t.Class == 0).ToList(), classCount: 1, minScore: 0.95));
    }

    [Fact]
    public void Bad_arguments_are_named()
    {
        Assert.Equal("iouThreshold", Assert.Throws<ArgumentOutOfRangeException>(() => DetectionMetrics.AveragePrecision(Class0, Truths, 0, 0)).ParamName);
        Assert.Equal("classCount", Assert.Throws<ArgumentOutOfRangeException>(() => DetectionMetrics.MeanAveragePrecision(Class0, Truths, 0)).ParamName);
        var none = Assert.Throws<ArgumentException>(() => DetectionMetrics.MeanAveragePrecision(Class0, [], 2));
        Assert.Equal("truths", none.ParamName);
        Assert.True(double.IsNaN(DetectionMetrics.AveragePrecision(Class0, [], 0).AveragePrecision));
    }
}
