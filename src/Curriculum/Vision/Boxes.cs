namespace Curriculum.Vision;

/// <summary>
/// An axis-aligned box in pixel-edge coordinates: it covers x in [X0, X1) and y in [Y0, Y1), so a box around pixel
/// columns 3..5 is X0 = 3, X1 = 6 (width 3). This is the continuous convention of COCO and torchvision, not the "+1"
/// convention of the original VOC code. Introduced in lesson 22.
/// </summary>
public readonly record struct Box(double X0, double Y0, double X1, double Y1)
{
    public double Width => Math.Max(0, X1 - X0);
    public double Height => Math.Max(0, Y1 - Y0);
    public double Area => Width * Height;
    public double CentreX => (X0 + X1) / 2;
    public double CentreY => (Y0 + Y1) / 2;

    /// <summary>A box from its centre and size. Introduced in lesson 22.</summary>
    public static Box FromCentre(double centreX, double centreY, double width, double height) =>
        new(centreX - width / 2, centreY - height / 2, centreX + width / 2, centreY + height / 2);

    /// <summary>
    /// Intersection over union: overlap area / area covered by either box; 1 for identical boxes, 0 for disjoint
    /// ones (and for two empty boxes). Introduced in lesson 22.
    /// </summary>
    public double Iou(Box other)
    {
        var overlap = Math.Max(0, Math.Min(X1, other.X1) - Math.Max(X0, other.X0)) * Math.Max(0, Math.Min(Y1, other.Y1) - Math.Max(Y0, other.Y0));
        var union = Area + other.Area - overlap;
        return union <= 0 ? 0 : overlap / union;
    }

    public override string ToString() => $"[{X0:0.#}, {Y0:0.#}, {X1:0.#}, {Y1:0.#})";
}

/// <summary>One detector output: in image <paramref name="Image"/>, an object of class <paramref name="Class"/> with confidence <paramref name="Score"/>. Introduced in lesson 22.</summary>
public sealed record Detection(int Image, int Class, double Score, Box Box);

/// <summary>A labelled object: in image <paramref name="Image"/>, class <paramref name="Class"/> inside <paramref name="Box"/>. Introduced in lesson 22.</summary>
public sealed record GroundTruth(int Image, int Class, Box Box);

/// <summary>Post-processing of detector outputs. Introduced in lesson 22.</summary>
public static class Boxes
{
    /// <summary>
    /// Greedy non-maximum suppression, separately for each image and class: keep the highest-scoring box, drop every
    /// other box of the same image and class whose IoU with it is above <paramref name="iouThreshold"/>, repeat.
    /// Returns the kept detections, highest score first (in a fixed order for ties). Introduced in lesson 22.
    /// </summary>
    public static List<Detection> Nms(IReadOnlyList<Detection> detections, double iouThreshold = 0.5)
    {
        ArgumentNullException.ThrowIfNull(detections);
        if (!(iouThreshold >= 0 && iouThreshold <= 1)) throw new ArgumentOutOfRangeException(nameof(iouThreshold), iouThreshold, "must be in [0, 1]");
        var kept = new List<Detection>();
        foreach (var group in detections.GroupBy(d => (d.Image, d.Class)))
        {
            var keptHere = new List<Detection>();
            foreach (var d in group.OrderByDescending(d => d.Score)) // OrderBy is stable: ties keep input order
                if (keptHere.All(k => k.Box.Iou(d.Box) <= iouThreshold)) keptHere.Add(d);
            kept.AddRange(keptHere);
        }
        return kept.OrderByDescending(d => d.Score).ToList();
    }
}
