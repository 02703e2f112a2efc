using Curriculum.Vision;

namespace Curriculum.Data;

/// <summary>
/// Eadweard Muybridge's 24 photographs of a house cat breaking from a walk into a gallop (<i>Animal Locomotion</i>,
/// 1887; public domain): real footage taken by 24 cameras fired one after another. data/images/muybridge-cat.png keeps
/// the plate's 6 × 4 layout as a sheet of 78 × 52 grey frames (cut by data/derive-muybridge.py). Introduced in lesson 17.
/// </summary>
public static class MuybridgeCat
{
    /// <summary>The data file's name under data/.</summary>
    public const string File = "images/muybridge-cat.png";

    /// <summary>Frames in the sequence, and each frame's size in pixels.</summary>
    public const int FrameCount = 24, Width = 78, Height = 52;

    private const int Columns = 6, Rows = 4;

    /// <summary>
    /// The 24 frames in the order they were taken (the plate's left to right, top to bottom), each row-major grey
    /// levels in [0, 1] (0 = black). Introduced in lesson 17.
    /// </summary>
    public static float[][] Load()
    {
        var sheet = PngImage.Load(File);
        if ((sheet.Width, sheet.Height, sheet.Channels) != (Columns * Width, Rows * Height, 1))
            throw new InvalidDataException(
                $"data/{File} should be a {Columns * Width}x{Rows * Height} grey sheet of {FrameCount} frames, got {sheet.Width}x{sheet.Height} with {sheet.Channels} channels. {DataFiles.Restore(File)}");
        return Frames(sheet.ToGrey());
    }

    /// <summary>Cuts a grey sheet (row-major, 6 × 4 frames of 78 × 52) into its frames, in reading order.</summary>
    internal static float[][] Frames(float[] sheet)
    {
        var sheetWidth = Columns * Width;
        var frames = new float[FrameCount][];
        for (var f = 0; f < FrameCount; f++)
        {
            int x0 = f % Columns * Width, y0 = f / Columns * Height;
            frames[f] = new float[Width * Height];
            for (var y = 0; y < Height; y++)
                Array.Copy(sheet, (y0 + y) * sheetWidth + x0, frames[f], y * Width, Width);
        }
        return frames;
    }
}
