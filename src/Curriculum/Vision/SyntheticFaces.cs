using Curriculum.Data;

namespace Curriculum.Vision;

/// <summary>
/// The fixed features of one synthetic person, in face coordinates (the image spans −1..1 across, y grows downwards):
/// head shape, eye spacing/height/size, brows, nose, mouth, hairline and hair style, skin and hair tone (0 black .. 1
/// white). Drawn by <see cref="SyntheticFaces.RandomIdentity"/>.
/// </summary>
public sealed record FaceIdentity(
    double FaceWidth, double FaceHeight, double EyeSpacing, double EyeHeight, double EyeSize,
    double BrowTilt, double BrowThickness, double NoseLength, double NoseWidth,
    double MouthWidth, double MouthHeight, double MouthCurve, double Hairline, int HairStyle,
    double SkinTone, double HairTone);

/// <summary>
/// What changes from one photo of a person to the next: head position (pixels), in-plane rotation (degrees), scale,
/// a linear lighting gradient (direction in radians, strength 0 = flat), background grey level and expression (added
/// to the mouth's curve). <see cref="Neutral"/> is a centred, evenly lit, neutral face.
/// </summary>
public sealed record FacePose(double Dx, double Dy, double RotationDegrees, double Scale, double LightAngle, double LightStrength,
    double Background, double Expression)
{
    /// <summary>Centred, upright, scale 1, flat lighting, mid-grey background, neutral expression.</summary>
    public static FacePose Neutral { get; } = new(0, 0, 0, 1, 0, 0, 0.5, 0);
}

/// <summary>
/// How much photos of the same person vary: the largest shift (pixels), rotation (degrees), relative scale change,
/// lighting-gradient strength, expression change and the standard deviation of the pixel noise.
/// <see cref="None"/> renders every photo of a person identically.
/// </summary>
public sealed record FaceVariation(double MaxShift = 3, double MaxRotationDegrees = 15, double MaxScale = 0.1,
    double MaxLighting = 0.5, double MaxExpression = 0.1, double Noise = 0.08)
{
    /// <summary>No variation at all: the same identity always gives the same image.</summary>
    public static FaceVariation None { get; } = new(0, 0, 0, 0, 0, 0);
}

/// <summary>
/// A seeded generator of synthetic grey face images for metric learning: each identity is a set of parametric
/// features (<see cref="FaceIdentity"/>); each photo of it is rendered with a random pose, lighting, background,
/// expression and noise (<see cref="FaceVariation"/>). Faces are drawn as soft-edged ellipses and strokes, so they are
/// cartoon faces, not photographs: they stand in for a consented face data set, which this curriculum does not have.
/// Introduced in lesson 13.
/// </summary>
public static class SyntheticFaces
{
    /// <summary>A random identity with every feature drawn uniformly from its range. Introduced in lesson 13.</summary>
    public static FaceIdentity RandomIdentity(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        double U(double lo, double hi) => lo + (hi - lo) * random.NextDouble();
        return new FaceIdentity(
            FaceWidth: U(0.50, 0.72), FaceHeight: U(0.68, 0.88), EyeSpacing: U(0.17, 0.34), EyeHeight: U(-0.22, 0.02),
            EyeSize: U(0.05, 0.11), BrowTilt: U(-0.35, 0.35), BrowThickness: U(0.025, 0.07), NoseLength: U(0.15, 0.38),
            NoseWidth: U(0.03, 0.09), MouthWidth: U(0.12, 0.30), MouthHeight: U(0.32, 0.55), MouthCurve: U(-0.10, 0.10),
            Hairline: U(-0.78, -0.42), HairStyle: random.Next(3), SkinTone: U(0.55, 0.92), HairTone: U(0.03, 0.40));
    }

    /// <summary><paramref name="count"/> identities from one seed (the same seed gives the same people). Introduced in lesson 13.</summary>
    public static FaceIdentity[] Identities(int count, int seed)
    {
        if (count <= 0) throw new ArgumentOutOfRangeException(nameof(count), count, "must be positive");
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => RandomIdentity(random)).ToArray();
    }

    /// <summary>A random pose within <paramref name="variation"/>. Introduced in lesson 13.</summary>
    public static FacePose RandomPose(FaceVariation variation, Random random)
    {
        ArgumentNullException.ThrowIfNull(variation);
        ArgumentNullException.ThrowIfNull(random);
        double S(double max) => max * (2 * random.NextDouble() - 1);
        return new FacePose(S(variation.MaxShift), S(variation.MaxShift), S(variation.MaxRotationDegrees), 1 + S(variation.MaxScale),
            2 * Math.PI * random.NextDouble(), variation.MaxLighting * random.NextDouble(),
            variation == FaceVariation.None ? 0.5 : 0.25 + 0.5 * random.NextDouble(), S(variation.MaxExpression));
    }

    /// <summary>
    /// Renders one face as <paramref name="size"/>×<paramref name="size"/> row-major grey pixels in 0..1, without noise.
    /// Introduced in lesson 13.
    /// </summary>
    public static float[] Render(FaceIdentity face, FacePose pose, int size = 32)
    {
        ArgumentNullException.ThrowIfNull(face);
        ArgumentNullException.ThrowIfNull(pose);
        if (size < 8) throw new ArgumentOutOfRangeException(nameof(size), size, "must be at least 8 pixels");
        if (!(pose.Scale > 0)) throw new ArgumentOutOfRangeException(nameof(pose), pose.Scale, "pose scale must be positive");
        var image = new float[size * size];
        var half = size / 2.0;
        var pixel = 1 / (half * pose.Scale); // one pixel in face units: the width of the soft edges
        var (sin, cos) = Math.SinCos(-pose.RotationDegrees * Math.PI / 180);
        for (var r = 0; r < size; r++)
            for (var c = 0; c < size; c++)
            {
                // Image → face coordinates: undo the shift, the rotation and the scale.
                var ix = (c + 0.5 - half - pose.Dx) / half;
                var iy = (r + 0.5 - half - pose.Dy) / half;
                var x = (cos * ix - sin * iy) / pose.Scale;
                var y = (sin * ix + cos * iy) / pose.Scale;
                var value = Shade(face, pose, x, y, pixel);
                var light = 1 + pose.LightStrength * (ix * Math.Cos(pose.LightAngle) + iy * Math.Sin(pose.LightAngle));
                image[r * size + c] = (float)Math.Clamp(value * light, 0, 1);
            }
        return image;
    }

    /// <summary>
    /// A labelled set of <paramref name="identities"/> × <paramref name="imagesPerIdentity"/> photos: label = index into
    /// <see cref="Identities"/>(identities, seed), images grouped by identity; each photo has its own random pose and noise.
    /// Introduced in lesson 13.
    /// </summary>
    public static ImageDataset Generate(int identities, int imagesPerIdentity, int seed, int size = 32, FaceVariation? variation = null)
    {
        if (imagesPerIdentity <= 0) throw new ArgumentOutOfRangeException(nameof(imagesPerIdentity), imagesPerIdentity, "must be positive");
        var people = Identities(identities, seed);
        variation ??= new FaceVariation();
        if (variation.Noise < 0) throw new ArgumentOutOfRangeException(nameof(variation), variation.Noise, "noise must be non-negative");
        var random = new Random(seed + 1_000_003);
        var pixels = new List<float[]>();
        var labels = new List<int>();
        for (var id = 0; id < people.Length; id++)
            for (var k = 0; k < imagesPerIdentity; k++)
            {
                var image = Render(people[id], RandomPose(variation, random), size);
                if (variation.Noise > 0)
                    for (var p = 0; p < image.Length; p++)
                        image[p] = (float)Math.Clamp(image[p] + variation.Noise * Gaussian(random), 0, 1);
                pixels.Add(image);
                labels.Add(id);
            }
        return new ImageDataset(pixels.ToArray(), labels.ToArray(), size, size, identities, 1f);
    }

    // Painter's order: background, hair behind the head, face, hair on the forehead, then the features.
    private static double Shade(FaceIdentity f, FacePose pose, double x, double y, double pixel)
    {
        var value = pose.Background;
        // Hair behind the head: a slightly larger ellipse, down to the ears (style 2: longer hair, to the jaw).
        var hairBottom = f.HairStyle == 2 ? 0.45 : 0.0;
        var behind = Inside(Ellipse(x, y + 0.03, f.FaceWidth + 0.09, f.FaceHeight + 0.08), pixel) * Inside((hairBottom - y) / 0.1, pixel * 10);
        value = Mix(value, f.HairTone, behind);
        value = Mix(value, f.SkinTone, Inside(Ellipse(x, y, f.FaceWidth, f.FaceHeight), pixel));
        // Hair over the forehead, above the hairline; style 1 parts it (a dip on one side), style 2 is a slanted fringe.
        var line = f.HairStyle switch
        {
            1 => f.Hairline + 0.12 * Math.Exp(-Math.Pow((x + 0.25) / 0.12, 2)) - 0.06,
            2 => f.Hairline + 0.18 * x,
            _ => f.Hairline,
        };
        var onHead = Inside(Ellipse(x, y, f.FaceWidth + 0.01, f.FaceHeight + 0.01), pixel) * Inside(line - y, pixel);
        value = Mix(value, f.HairTone, onHead);
        // Eyes: dark ellipses, with brows above them (tilted strokes).
        foreach (var side in new[] { -1, 1 })
        {
            var ex = side * f.EyeSpacing;
            value = Mix(value, 0.08, Inside(Ellipse(x - ex, y - f.EyeHeight, f.EyeSize * 1.4, f.EyeSize), pixel));
            var bx = x - ex;
            var by = y - (f.EyeHeight - f.EyeSize - 0.09) - side * f.BrowTilt * bx;
            var brow = Inside(0.14 - Math.Abs(bx), pixel) * Inside(f.BrowThickness - Math.Abs(by), pixel);
            value = Mix(value, f.HairTone, brow);
        }
        // Nose: a shaded vertical stroke below the eyes with a darker tip.
        var noseTop = f.EyeHeight + 0.04;
        var nose = Inside(f.NoseWidth - Math.Abs(x), pixel) * Inside(y - noseTop, pixel) * Inside(noseTop + f.NoseLength - y, pixel);
        value = Mix(value, f.SkinTone * 0.72, nose);
        // Mouth: a curved stroke (curve > 0 smiles: corners up).
        var u = x / f.MouthWidth;
        var mouthY = f.MouthHeight + (f.MouthCurve + pose.Expression) * (1 - u * u) - (f.MouthCurve + pose.Expression) * 0.5;
        var mouth = Inside(1 - Math.Abs(u), pixel / f.MouthWidth) * Inside(0.035 - Math.Abs(y - mouthY), pixel);
        return Mix(value, 0.15, mouth);
    }

    /// <summary>Signed "inside" distance of an axis-aligned ellipse (positive inside), roughly in face units.</summary>
    private static double Ellipse(double x, double y, double a, double b) => (1 - Math.Sqrt(x * x / (a * a) + y * y / (b * b))) * Math.Min(a, b);

    /// <summary>Soft step: 0 outside, 1 inside, linear over one pixel around the edge (anti-aliasing).</summary>
    private static double Inside(double distance, double pixel) => Math.Clamp(distance / pixel + 0.5, 0, 1);

    private static double Mix(double under, double over, double alpha) => under + (over - under) * alpha;

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
