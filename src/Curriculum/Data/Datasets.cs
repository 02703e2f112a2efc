namespace Curriculum.Data;

/// <summary>Small images with class labels; pixels row-major, one float[] per image. Introduced in lesson 16.</summary>
public sealed record ImageDataset(float[][] Pixels, int[] Labels, int Width, int Height, int ClassCount, float MaxPixel)
{
    public int Count => Labels.Length;

    /// <summary>The images at the given indices (for train/test splits).</summary>
    public ImageDataset Subset(IReadOnlyList<int> indices) =>
        this with { Pixels = indices.Select(i => Pixels[i]).ToArray(), Labels = indices.Select(i => Labels[i]).ToArray() };
}

/// <summary>Rows of numeric features with a numeric target (0/1 for classification).</summary>
public sealed record TabularDataset(string[] FeatureNames, float[][] Features, float[] Target, string TargetName)
{
    public int Count => Target.Length;

    /// <summary>The target as booleans (true = 1), for binary classification.</summary>
    public bool[] Labels => Target.Select(t => t != 0).ToArray();

    public TabularDataset Subset(IReadOnlyList<int> indices) =>
        this with { Features = indices.Select(i => Features[i]).ToArray(), Target = indices.Select(i => Target[i]).ToArray() };
}

/// <summary>One e-mail message: subject and plain-text body, and whether it is spam. Introduced in lesson 01.</summary>
public sealed record EmailMessage(string Id, string Subject, string Body, bool IsSpam)
{
    /// <summary>Subject and body as one text, the input of the text classifiers.</summary>
    public string Text => Subject + "\n" + Body;
}

/// <summary>
/// Loaders for the data sets in data/ (see data/README.md for source, licence and checksums). Each verifies the file's
/// checksum first. Introduced in lesson 01.
/// </summary>
public static class Datasets
{
    /// <summary>1,797 handwritten digits, 8x8 pixels with values 0..16 (UCI via scikit-learn). Introduced in lesson 02.</summary>
    public static ImageDataset Digits()
    {
        var table = Csv.ReadNumeric("digits.csv");
        var label = table.IndexOf("label");
        var pixels = table.Rows.Select(r => r.Where((_, c) => c != label).Select(v => (float)v).ToArray()).ToArray();
        if (pixels.Any(p => p.Length != 64)) throw new InvalidDataException($"data/digits.csv must have 64 pixel columns. {DataFiles.Restore("digits.csv")}");
        return new ImageDataset(pixels, table.Rows.Select(r => (int)r[label]).ToArray(), 8, 8, 10, 16f);
    }

    /// <summary>569 breast tumours, 30 measurements each; target `malignant` (1 = malignant). Introduced in lesson 03.</summary>
    public static TabularDataset BreastCancer() => Tabular("breast_cancer.csv", "malignant");

    /// <summary>442 diabetes patients, 10 baseline measurements; target = disease progression after one year. Introduced in lesson 03.</summary>
    public static TabularDataset Diabetes() => Tabular("diabetes.csv", "target");

    /// <summary>The SpamAssassin public corpus subset (easy ham and spam), subject and body per message. Introduced in lesson 01.</summary>
    public static EmailMessage[] SpamAssassin() =>
        JsonLines.Read("spamassassin.jsonl.gz", "message record", r => new EmailMessage(
            r.GetProperty("id").GetString()!,
            r.GetProperty("subject").GetString() ?? "",
            r.GetProperty("body").GetString() ?? "",
            r.GetProperty("label").GetString() switch
            {
                "spam" => true,
                "ham" => false,
                var other => throw new InvalidDataException($"label \"{other}\" is neither spam nor ham"),
            }));

    private static TabularDataset Tabular(string file, string target)
    {
        var table = Csv.ReadNumeric(file);
        var t = table.IndexOf(target);
        var names = table.Columns.Where((_, c) => c != t).ToArray();
        var features = table.Rows.Select(r => r.Where((_, c) => c != t).Select(v => (float)v).ToArray()).ToArray();
        return new TabularDataset(names, features, table.Rows.Select(r => (float)r[t]).ToArray(), target);
    }
}
