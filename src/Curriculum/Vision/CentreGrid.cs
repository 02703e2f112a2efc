using static TorchSharp.torch;

namespace Curriculum.Vision;

/// <summary>
/// How a single-stage grid detector (<see cref="Models.GridDetector"/>) codes boxes. The image is cut into cells
/// <see cref="Stride"/> pixels wide; the cell holding an object's centre is responsible for it. Per cell the network
/// outputs one score logit per class, then four box numbers: the centre's offset inside the cell (x, y, through a
/// sigmoid, so in 0..1) and the log of the box's width and height in cells. <see cref="Encode"/> turns labelled boxes
/// into that target layout (plus a channel marking responsible cells), <see cref="Loss"/> compares, and
/// <see cref="Decode"/> turns outputs back into scored boxes. Introduced in lesson 22.
/// </summary>
public sealed class CentreGrid
{
    public int ImageSize { get; }
    public int Stride { get; }
    public int Classes { get; }

    /// <summary>Cells per side: ImageSize / Stride.</summary>
    public int Cells => ImageSize / Stride;

    /// <summary>Output and target channels: classes, then 4 box numbers (target: plus 1 responsibility mask).</summary>
    public int OutputChannels => Classes + 4;

    public CentreGrid(int imageSize, int stride, int classes)
    {
        if (stride <= 0) throw new ArgumentOutOfRangeException(nameof(stride), stride, "must be positive");
        if (imageSize <= 0 || imageSize % stride != 0) throw new ArgumentOutOfRangeException(nameof(imageSize), imageSize, $"must be a positive multiple of the stride {stride}");
        if (classes < 1) throw new ArgumentOutOfRangeException(nameof(classes), classes, "need at least one class");
        (ImageSize, Stride, Classes) = (imageSize, stride, classes);
    }

    /// <summary>
    /// Targets [N, Classes + 5, G, G] for the labelled objects of N images: a 1 in the class channel of each object's
    /// centre cell, its four box numbers, and a 1 in the last channel there. Two objects in one cell are refused.
    /// Introduced in lesson 22.
    /// </summary>
    public Tensor Encode(IReadOnlyList<IReadOnlyList<(int Class, Box Box)>> objects)
    {
        ArgumentNullException.ThrowIfNull(objects);
        if (objects.Count == 0) throw new ArgumentException("need at least one image", nameof(objects));
        int g = Cells, c = Classes + 5, plane = g * g;
        var target = new float[objects.Count * c * plane];
        for (var i = 0; i < objects.Count; i++)
            foreach (var (cls, box) in objects[i])
            {
                if (cls < 0 || cls >= Classes) throw new ArgumentOutOfRangeException(nameof(objects), cls, $"class must be in [0, {Classes})");
                if (box.Width <= 0 || box.Height <= 0) throw new ArgumentException($"image {i} has an empty box {box}", nameof(objects));
                double gx = box.CentreX / Stride, gy = box.CentreY / Stride;
                int cx = Math.Clamp((int)Math.Floor(gx), 0, g - 1), cy = Math.Clamp((int)Math.Floor(gy), 0, g - 1);
                var cell = cy * g + cx;
                var at = i * c * plane;
                if (target[at + (Classes + 4) * plane + cell] != 0)
                    throw new ArgumentException($"image {i}: two objects have their centre in cell ({cx}, {cy}); use a smaller stride", nameof(objects));
                target[at + cls * plane + cell] = 1;
                target[at + Classes * plane + cell] = (float)(gx - cx);
                target[at + (Classes + 1) * plane + cell] = (float)(gy - cy);
                target[at + (Classes + 2) * plane + cell] = (float)Math.Log(box.Width / Stride);
                target[at + (Classes + 3) * plane + cell] = (float)Math.Log(box.Height / Stride);
                target[at + (Classes + 4) * plane + cell] = 1;
            }
        return tensor(target, [objects.Count, c, g, g]);
    }

    /// <summary>
    /// Training loss: binary cross-entropy of every cell's class scores (object cells weighted by
    /// <paramref name="positiveWeight"/>, since almost all cells are empty) plus <paramref name="boxWeight"/> × the mean
    /// L1 error of the four box numbers over the responsible cells only. Introduced in lesson 22.
    /// </summary>
    public Tensor Loss(Tensor output, Tensor target, double positiveWeight = 10, double boxWeight = 1)
    {
        CheckOutput(output);
        if (target.dim() != 4 || target.shape[0] != output.shape[0] || target.shape[1] != Classes + 5)
            throw new ArgumentException($"expected targets [{output.shape[0]}, {Classes + 5}, {Cells}, {Cells}] from Encode, got [{string.Join(", ", target.shape)}]", nameof(target));
        using var scope = NewDisposeScope();
        var scores = output.narrow(1, 0, Classes);
        var heat = target.narrow(1, 0, Classes);
        var classLoss = nn.functional.binary_cross_entropy_with_logits(scores, heat, pos_weights: full(1, positiveWeight));
        var responsible = target.narrow(1, Classes + 4, 1);
        var predicted = cat([output.narrow(1, Classes, 2).sigmoid(), output.narrow(1, Classes + 2, 2)], 1);
        var boxError = ((predicted - target.narrow(1, Classes, 4)).abs() * responsible).sum() / (responsible.sum() * 4).clamp_min(1);
        return (classLoss + boxWeight * boxError).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// Every cell and class whose score (sigmoid) is at least <paramref name="minScore"/>, as a detection with its
    /// decoded box (clipped to the image). Image numbers start at <paramref name="firstImage"/>. Run
    /// <see cref="Boxes.Nms"/> afterwards: neighbouring cells often find the same object. Introduced in lesson 22.
    /// </summary>
    public List<Detection> Decode(Tensor output, double minScore = 0.05, int firstImage = 0)
    {
        CheckOutput(output);
        if (!(minScore >= 0 && minScore <= 1)) throw new ArgumentOutOfRangeException(nameof(minScore), minScore, "must be in [0, 1]");
        int n = (int)output.shape[0], g = Cells, c = OutputChannels, plane = g * g;
        float[] values;
        using (var scope = NewDisposeScope())
        {
            var decoded = cat([output.narrow(1, 0, Classes + 2).sigmoid(), output.narrow(1, Classes + 2, 2).exp()], 1);
            values = decoded.detach().cpu().data<float>().ToArray();
        }
        var detections = new List<Detection>();
        for (var i = 0; i < n; i++)
            for (var cell = 0; cell < plane; cell++)
                for (var k = 0; k < Classes; k++)
                {
                    var at = i * c * plane;
                    var score = values[at + k * plane + cell];
                    if (score < minScore) continue;
                    double cx = (cell % g + values[at + Classes * plane + cell]) * Stride;
                    double cy = (cell / g + values[at + (Classes + 1) * plane + cell]) * Stride;
                    double w = values[at + (Classes + 2) * plane + cell] * Stride, h = values[at + (Classes + 3) * plane + cell] * Stride;
                    var box = Box.FromCentre(cx, cy, w, h);
                    box = new Box(Math.Max(0, box.X0), Math.Max(0, box.Y0), Math.Min(ImageSize, box.X1), Math.Min(ImageSize, box.Y1));
                    detections.Add(new Detection(firstImage + i, k, score, box));
                }
        return detections;
    }

    /// <summary>
    /// The output a perfect network would give for <paramref name="target"/> (from <see cref="Encode"/>): score logits of
    /// ±<paramref name="confidence"/>, the offsets as logits, the log sizes as they are. <see cref="Decode"/> of it gives
    /// back the encoded boxes. Introduced in lesson 22.
    /// </summary>
    public Tensor PerfectOutput(Tensor target, double confidence = 10)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.dim() != 4 || target.shape[1] != Classes + 5 || target.shape[2] != Cells || target.shape[3] != Cells)
            throw new ArgumentException($"expected targets [N, {Classes + 5}, {Cells}, {Cells}] from Encode, got [{string.Join(", ", target.shape)}]", nameof(target));
        using var scope = NewDisposeScope();
        var scores = target.narrow(1, 0, Classes) * (2 * confidence) - confidence;
        var offsets = target.narrow(1, Classes, 2).clamp(1e-4, 1 - 1e-4).logit();
        return cat([scores, offsets, target.narrow(1, Classes + 2, 2)], 1).MoveToOuterDisposeScope();
    }

    private void CheckOutput(Tensor output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (output.dim() != 4 || output.shape[1] != OutputChannels || output.shape[2] != Cells || output.shape[3] != Cells)
            throw new ArgumentException($"expected outputs [N, {OutputChannels}, {Cells}, {Cells}], got [{string.Join(", ", output.shape)}]", nameof(output));
    }
}
