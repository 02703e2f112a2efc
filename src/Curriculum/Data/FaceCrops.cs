namespace Curriculum.Data;

/// <summary>
/// The face-detection sample of scikit-image (data/images/lfw_subset.npy.gz): 200 grey crops of 25×25 pixels in
/// 0..1, the first 100 faces (from Labeled Faces in the Wild), the last 100 non-face patches. Used only to train and
/// test a face / non-face classifier; it carries no identities. Introduced in lesson 13.
/// </summary>
public static class FaceCrops
{
    /// <summary>The data file's name under data/.</summary>
    public const string File = "images/lfw_subset.npy.gz";

    /// <summary>
    /// The 200 crops as an image data set: label 1 = face (rows 0–99), 0 = non-face (rows 100–199); MaxPixel 1.
    /// Introduced in lesson 13.
    /// </summary>
    public static ImageDataset Load()
    {
        var array = Npy.Load(File);
        if (array.Shape is not [200, 25, 25])
            throw new InvalidDataException($"data/{File} should hold 200 crops of 25x25, got shape ({string.Join(", ", array.Shape)}). {DataFiles.Restore(File)}");
        return new ImageDataset(array.Rows(), Enumerable.Range(0, 200).Select(i => i < 100 ? 1 : 0).ToArray(), 25, 25, 2, 1f);
    }
}
