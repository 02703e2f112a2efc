using Curriculum.Vision;

namespace Curriculum.Metrics;

/// <summary>Average precision of one class: the number and the precision-recall points behind it.</summary>
public sealed record ApResult(double AveragePrecision, double[] Precision, double[] Recall, int TruePositives, int FalsePositives, int GroundTruths);

/// <summary>
/// Detection quality as PASCAL VOC (2010 onwards) measures it: average precision per class with all-point
/// interpolation, and its mean over classes (mAP). Introduced in lesson 22.
/// </summary>
public static class DetectionMetrics
{
    /// <summary>
    /// VOC average precision of one class. Detections are taken by falling score (ties in input order); each is
    /// matched to the ground truth of its image with the highest IoU. It is a true positive when that IoU is at least
    /// <paramref name="iouThreshold"/> (≥, as in the original MATLAB devkit) and that object was not already found;
    /// otherwise (a miss, or a duplicate of a found object) a false positive. AP is the area under the precision-recall
    /// curve after making precision non-increasing from the right (all-point interpolation). Only detections and
    /// ground truths of <paramref name="classIndex"/> count. Introduced in lesson 22.
    /// </summary>
    public static ApResult AveragePrecision(IReadOnlyList<Detection> detections, IReadOnlyList<GroundTruth> truths, int classIndex, double iouThreshold = 0.5)
    {
        ArgumentNullException.ThrowIfNull(detections);
        ArgumentNullException.ThrowIfNull(truths);
        if (!(iouThreshold > 0 && iouThreshold <= 1)) throw new ArgumentOutOfRangeException(nameof(iouThreshold), iouThreshold, "must be in (0, 1]");
        var byImage = truths.Where(t => t.Class == classIndex).GroupBy(t => t.Image).ToDictionary(g => g.Key, g => g.ToArray());
        var found = byImage.ToDictionary(kv => kv.Key, kv => new bool[kv.Value.Length]);
        var groundTruths = byImage.Values.Sum(g => g.Length);
        var ranked = detections.Where(d => d.Class == classIndex).OrderByDescending(d => d.Score).ToArray();
        var precision = new double[ranked.Length];
        var recall = new double[ranked.Length];
        int tp = 0, fp = 0;
        for (var k = 0; k < ranked.Length; k++)
        {
            var d = ranked[k];
            var match = -1;
            var bestIou = 0.0;
            if (byImage.TryGetValue(d.Image, out var candidates))
                for (var j = 0; j < candidates.Length; j++)
                {
                    var iou = d.Box.Iou(candidates[j].Box);
                    if (iou > bestIou) (bestIou, match) = (iou, j);
                }
            if (match >= 0 && bestIou >= iouThreshold && !found[d.Image][match]) { found[d.Image][match] = true; tp++; }
            else fp++;
            precision[k] = (double)tp / (tp + fp);
            recall[k] = groundTruths == 0 ? 0 : (double)tp / groundTruths;
        }
        return new ApResult(groundTruths == 0 ? double.NaN : AllPointArea(precision, recall), precision, recall, tp, fp, groundTruths);
    }

    /// <summary>
    /// Mean of the per-class APs over the classes 0..<paramref name="classCount"/>−1 that have at least one ground
    /// truth (a class with none has no recall, so no AP; VOC skips it too). A class with objects but no detections
    /// counts as AP 0. Introduced in lesson 22.
    /// </summary>
    public static (double Map, double[] PerClass) MeanAveragePrecision(IReadOnlyList<Detection> detections, IReadOnlyList<GroundTruth> truths, int classCount, double iouThreshold = 0.5)
    {
        if (classCount < 1) throw new ArgumentOutOfRangeException(nameof(classCount), classCount, "need at least one class");
        var perClass = Enumerable.Range(0, classCount).Select(c => AveragePrecision(detections, truths, c, iouThreshold).AveragePrecision).ToArray();
        var scored = perClass.Where(ap => !double.IsNaN(ap)).ToArray();
        if (scored.Length == 0) throw new ArgumentException("no class has any ground truth; mAP is undefined", nameof(truths));
        return (scored.Average(), perClass);
    }

    /// <summary>
    /// The detections a user would see at one operating point: those with score ≥ <paramref name="minScore"/>, matched
    /// class by class exactly as in <see cref="AveragePrecision"/>. Returns true positives, false positives (wrong
    /// place, wrong class or duplicate) and missed objects. Introduced in lesson 22.
    /// </summary>
    public static (int TruePositives, int FalsePositives, int Missed) CountsAt(IReadOnlyList<Detection> detections, IReadOnlyList<GroundTruth> truths,
        int classCount, double minScore, double iouThreshold = 0.5)
    {
        ArgumentNullException.ThrowIfNull(detections);
        if (classCount < 1) throw new ArgumentOutOfRangeException(nameof(classCount), classCount, "need at least one class");
        var kept = detections.Where(d => d.Score >= minScore).ToList();
        int tp = 0, fp = 0, objects = 0;
        for (var c = 0; c < classCount; c++)
        {
            var r = AveragePrecision(kept, truths, c, iouThreshold);
            (tp, fp, objects) = (tp + r.TruePositives, fp + r.FalsePositives, objects + r.GroundTruths);
        }
        return (tp, fp, objects - tp);
    }

    /// <summary>Area under the precision envelope: recall steps times the best precision at that recall or beyond.</summary>
    private static double AllPointArea(double[] precision, double[] recall)
    {
        var envelope = new double[precision.Length];
        var best = 0.0;
        for (var k = precision.Length - 1; k >= 0; k--) envelope[k] = best = Math.Max(best, precision[k]);
        double area = 0, previousRecall = 0;
        for (var k = 0; k < precision.Length; k++)
        {
            area += (recall[k] - previousRecall) * envelope[k];
            previousRecall = recall[k];
        }
        return area;
    }
}
