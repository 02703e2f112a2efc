using Curriculum.Data;

namespace Curriculum.Tests.Data;

/// <summary>The loaders against the facts data/README.md and the original sources state.</summary>
public class DatasetsTests
{
    private static readonly Lazy<ImageDataset> DigitsData = new(Datasets.Digits);
    private static readonly Lazy<EmailMessage[]> SpamData = new(Datasets.SpamAssassin);

    [Fact]
    public void Digits_has_1797_8x8_images_with_pixels_0_to_16()
    {
        var d = DigitsData.Value;

        Assert.Equal(1797, d.Count);
        Assert.Equal(1797, d.Pixels.Length);
        Assert.Equal((8, 8, 10, 16f), (d.Width, d.Height, d.ClassCount, d.MaxPixel));
        Assert.All(d.Pixels, p => Assert.Equal(64, p.Length));
        Assert.All(d.Pixels, p => Assert.All(p, v => Assert.True(v is >= 0 and <= 16 && v == MathF.Round(v), $"pixel {v}")));
        Assert.Equal(0f, d.Pixels.SelectMany(p => p).Min());
        Assert.Equal(16f, d.Pixels.SelectMany(p => p).Max());
    }

    [Fact]
    public void Digits_label_counts_match_the_readme()
    {
        var counts = DigitsData.Value.Labels.GroupBy(l => l).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())).ToArray();
        Assert.Equal(new[] { (0, 178), (1, 182), (2, 177), (3, 183), (4, 181), (5, 182), (6, 181), (7, 179), (8, 174), (9, 180) }, counts);
    }

    [Fact]
    public void Digits_first_image_is_scikit_learns_first_zero_in_row_major_order()
    {
        // sklearn.datasets.load_digits().images[0], target 0.
        float[] expected =
        [
            0, 0, 5, 13, 9, 1, 0, 0,
            0, 0, 13, 15, 10, 15, 5, 0,
            0, 3, 15, 2, 0, 11, 8, 0,
            0, 4, 12, 0, 0, 8, 8, 0,
            0, 5, 8, 0, 0, 9, 8, 0,
            0, 4, 11, 0, 1, 12, 7, 0,
            0, 2, 14, 5, 10, 12, 0, 0,
            0, 0, 6, 13, 10, 0, 0, 0,
        ];
        Assert.Equal(expected, DigitsData.Value.Pixels[0]);
        Assert.Equal(0, DigitsData.Value.Labels[0]);
    }

    [Fact]
    public void Image_subset_takes_pixels_and_labels_at_the_indices()
    {
        var d = DigitsData.Value;
        var s = d.Subset([5, 0, 1796]);

        Assert.Equal(3, s.Count);
        Assert.Equal(new[] { d.Labels[5], d.Labels[0], d.Labels[1796] }, s.Labels);
        Assert.Same(d.Pixels[1796], s.Pixels[2]);
        Assert.Equal((8, 8, 10, 16f), (s.Width, s.Height, s.ClassCount, s.MaxPixel));
    }

    [Fact]
    public void Breast_cancer_has_569_rows_212_malignant_and_30_named_features()
    {
        var b = Datasets.BreastCancer();

        Assert.Equal(569, b.Count);
        Assert.Equal(212, b.Labels.Count(l => l));
        Assert.Equal(357, b.Labels.Count(l => !l));
        Assert.Equal("malignant", b.TargetName);
        Assert.Equal(30, b.FeatureNames.Length);
        Assert.All(b.Features, f => Assert.Equal(30, f.Length));
        Assert.Equal(("mean_radius", "mean_fractal_dimension"), (b.FeatureNames[0], b.FeatureNames[9]));
        Assert.Equal(("radius_error", "worst_radius", "worst_fractal_dimension"), (b.FeatureNames[10], b.FeatureNames[20], b.FeatureNames[29]));
        Assert.DoesNotContain("malignant", b.FeatureNames);
        // First sample of the UCI data: mean radius 17.99, worst area 2019, malignant.
        Assert.Equal((17.99f, 2019f, 1f), (b.Features[0][0], b.Features[0][23], b.Target[0]));
        Assert.All(b.Target, t => Assert.True(t is 0 or 1));
    }

    [Fact]
    public void Diabetes_has_442_rows_10_features_and_targets_25_to_346()
    {
        var d = Datasets.Diabetes();

        Assert.Equal(442, d.Count);
        Assert.Equal(new[] { "age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6" }, d.FeatureNames);
        Assert.Equal("target", d.TargetName);
        Assert.Equal((25f, 346f), (d.Target.Min(), d.Target.Max()));
        Assert.Equal((19f, 79f), (d.Features.Min(f => f[0]), d.Features.Max(f => f[0])));
        Assert.Equal((235, 207), (d.Features.Count(f => f[1] == 1), d.Features.Count(f => f[1] == 2)));
        Assert.Equal(new[] { 59f, 2, 32.1f, 101, 157, 93.2f, 38, 4, 4.8598f, 87 }, d.Features[0]);
        Assert.Equal(151f, d.Target[0]);
    }

    [Fact]
    public void Tabular_subset_and_labels()
    {
        var d = new TabularDataset(["x"], [[1f], [2f], [3f]], [0f, 2f, 1f], "y");

        Assert.Equal(new[] { false, true, true }, d.Labels);
        var s = d.Subset([2, 0]);
        Assert.Equal(new[] { 1f, 0f }, s.Target);
        Assert.Equal(3f, s.Features[0][0]);
        Assert.Equal(["x"], s.FeatureNames);
        Assert.Equal(2, s.Count);
    }

    [Fact]
    public void SpamAssassin_has_5657_messages_1797_spam()
    {
        var m = SpamData.Value;

        Assert.Equal(5657, m.Length);
        Assert.Equal(1797, m.Count(x => x.IsSpam));
        Assert.Equal(3860, m.Count(x => !x.IsSpam));
        Assert.Equal(17, m.Count(x => x.Body.Length == 0));
        Assert.True(m.Max(x => x.Body.Length) <= 3000);
        var groups = m.GroupBy(x => x.Id[..x.Id.IndexOf('/')]).ToDictionary(g => g.Key, g => (g.Count(), g.All(x => x.IsSpam == g.Key.StartsWith("spam"))));
        Assert.Equal((2472, true), groups["easy-ham-1"]);
        Assert.Equal((1388, true), groups["easy-ham-2"]);
        Assert.Equal((479, true), groups["spam-1"]);
        Assert.Equal((1318, true), groups["spam-2"]);
        Assert.Equal(m.Select(x => x.Id).Order(StringComparer.Ordinal), m.Select(x => x.Id)); // sorted by id
    }

    [Fact]
    public void SpamAssassin_first_message_and_Text()
    {
        var first = SpamData.Value[0];

        Assert.Equal("easy-ham-1/00001.7c53336b37003a9286aba55d2945844c", first.Id);
        Assert.Equal("Re: New Sequences Window", first.Subject);
        Assert.False(first.IsSpam);
        Assert.StartsWith("Date: Wed, 21 Aug 2002", first.Body);
        Assert.Equal(first.Subject + "\n" + first.Body, first.Text);
    }
}
