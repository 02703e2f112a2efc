namespace Curriculum.Metrics;

/// <summary>
/// Overlap measures for binary masks (true = object) and the grey-level threshold baseline. Introduced in lesson 21.
/// </summary>
public static class Segmentation
{
    /// <summary>
    /// Intersection over union (Jaccard) of two masks: |A ∩ B| / |A ∪ B|. Two empty masks agree perfectly: 1.
    /// Introduced in lesson 21.
    /// </summary>
    public static double Iou(bool[] truth, bool[] predicted)
    {
        var (both, either, _) = Counts(truth, predicted);
        return either == 0 ? 1 : (double)both / either;
    }

    /// <summary>
    /// Dice (F1 of the object pixels): 2|A ∩ B| / (|A| + |B|). Always ≥ IoU, with Dice = 2·IoU / (1 + IoU). Two empty
    /// masks: 1. Introduced in lesson 21.
    /// </summary>
    public static double Dice(bool[] truth, bool[] predicted)
    {
        var (both, _, sizes) = Counts(truth, predicted);
        return sizes == 0 ? 1 : 2.0 * both / sizes;
    }

    /// <summary>The average over images of each image's object IoU (every image counts equally). Introduced in lesson 21.</summary>
    public static double MeanIou(IReadOnlyList<bool[]> truths, IReadOnlyList<bool[]> predictions) =>
        Mean(truths, predictions, Iou);

    /// <summary>The average over images of each image's Dice. Introduced in lesson 21.</summary>
    public static double MeanDice(IReadOnlyList<bool[]> truths, IReadOnlyList<bool[]> predictions) =>
        Mean(truths, predictions, Dice);

    /// <summary>
    /// The benchmark "mIoU": pool all pixels, compute IoU of the object class and of the background class, average
    /// the two. The large, easy background class lifts it above the object IoU. Introduced in lesson 21.
    /// </summary>
    public static double ClassMeanIou(IReadOnlyList<bool[]> truths, IReadOnlyList<bool[]> predictions)
    {
        CheckLists(truths, predictions);
        long both = 0, either = 0, neither = 0, total = 0;
        for (var i = 0; i < truths.Count; i++)
        {
            var (b, e, _) = Counts(truths[i], predictions[i]);
            both += b; either += e; total += truths[i].Length;
        }
        neither = total - either;
        long backgroundUnion = total - both; // pixels where either mask says background
        double objectIou = either == 0 ? 1 : (double)both / either;
        double backgroundIou = backgroundUnion == 0 ? 1 : (double)neither / backgroundUnion;
        return (objectIou + backgroundIou) / 2;
    }

    private static double Mean(IReadOnlyList<bool[]> truths, IReadOnlyList<bool[]> predictions, Func<bool[], bool[], double> metric)
    {
        CheckLists(truths, predictions);
        return Enumerable.Range(0, truths.Count).Average(i => metric(truths[i], predictions[i]));
    }

    private static void CheckLists(IReadOnlyList<bool[]> truths, IReadOnlyList<bool[]> predictions)
    {
        ArgumentNullException.ThrowIfNull(truths);
        ArgumentNullException.ThrowIfNull(predictions);
        if (truths.Count == 0) throw new ArgumentException("need at least one mask", nameof(truths));
        if (truths.Count != predictions.Count)
            throw new ArgumentException($"{truths.Count} true masks but {predictions.Count} predicted ones", nameof(predictions));
    }

    private static (long Both, long Either, long Sizes) Counts(bool[] truth, bool[] predicted)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(predicted);
        if (truth.Length != predicted.Length)
            throw new ArgumentException($"the true mask has {truth.Length} pixels but the predicted one has {predicted.Length}", nameof(predicted));
        long both = 0, either = 0, sizes = 0;
        for (var p = 0; p < truth.Length; p++)
        {
            if (truth[p] && predicted[p]) both++;
            if (truth[p] || predicted[p]) either++;
            sizes += (truth[p] ? 1 : 0) + (predicted[p] ? 1 : 0);
        }
        return (both, either, sizes);
    }
}

/// <summary>
/// The classic non-learning baseline: one grey level for all images; pixels on one side of it are "object".
/// <see cref="Fit"/> tries every level (in 1/255 steps) and both sides on training images and keeps the pair with the
/// highest pooled object IoU. Pixels are compared on the same 256-level scale the fit used (v·255 rounded), so a
/// fitted threshold reproduces exactly the masks it was chosen for. Introduced in lesson 21.
/// </summary>
public sealed record GlobalThreshold(double Threshold, bool ObjectIsBrighter)
{
    private const int Levels = 256;

    /// <summary>The mask this threshold gives one image (grey levels in [0, 1]). Introduced in lesson 21.</summary>
    public bool[] Apply(float[] image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var level = (int)Math.Ceiling(Threshold * 255); // thresholds sit halfway between levels: (level - 0.5) / 255
        return image.Select(v => ObjectIsBrighter ? Bin(v) >= level : Bin(v) < level).ToArray();
    }

    /// <summary>The best threshold and side on training images and their true masks (pooled object IoU). Introduced in lesson 21.</summary>
    public static GlobalThreshold Fit(IReadOnlyList<float[]> images, IReadOnlyList<bool[]> masks)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(masks);
        if (images.Count == 0) throw new ArgumentException("need at least one image", nameof(images));
        if (images.Count != masks.Count) throw new ArgumentException($"{images.Count} images but {masks.Count} masks", nameof(masks));
        var objectHist = new long[Levels];
        var backgroundHist = new long[Levels];
        for (var i = 0; i < images.Count; i++)
        {
            if (images[i].Length != masks[i].Length)
                throw new ArgumentException($"image {i} has {images[i].Length} pixels but its mask {masks[i].Length}", nameof(masks));
            for (var p = 0; p < images[i].Length; p++)
                (masks[i][p] ? objectHist : backgroundHist)[Bin(images[i][p])]++;
        }
        long objects = objectHist.Sum(), background = backgroundHist.Sum();
        var best = (Iou: -1.0, Threshold: 0.0, Brighter: true);
        long objectBelow = 0, backgroundBelow = 0; // pixels with bin < level
        for (var level = 0; level <= Levels; level++)
        {
            var threshold = level / 255.0 - 0.5 / 255; // between bins level-1 and level
            // object = brighter: predicted = bins >= level.
            double brighter = Ratio(objects - objectBelow, objects + (background - backgroundBelow));
            double darker = Ratio(objectBelow, objects + backgroundBelow);
            if (brighter > best.Iou) best = (brighter, threshold, true);
            if (darker > best.Iou) best = (darker, threshold, false);
            if (level < Levels) { objectBelow += objectHist[level]; backgroundBelow += backgroundHist[level]; }
        }
        return new GlobalThreshold(best.Threshold, best.Brighter);
    }

    private static int Bin(float v) => Math.Clamp((int)Math.Floor(v * 255.0 + 0.5), 0, Levels - 1);

    private static double Ratio(long numerator, long denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}
