using Curriculum.Data;
using Curriculum.Vision;

namespace Curriculum.Tests.Data;

/// <summary>The committed frame sheet against values decoded independently (Python's zlib on the same PNG).</summary>
public class MuybridgeCatTests
{
    private static readonly Lazy<float[][]> Frames = new(MuybridgeCat.Load);

    [Fact]
    public void Loads_24_grey_frames_of_78x52()
    {
        var frames = Frames.Value;
        Assert.Equal(MuybridgeCat.FrameCount, frames.Length);
        Assert.All(frames, f => Assert.Equal(MuybridgeCat.Width * MuybridgeCat.Height, f.Length));
        Assert.All(frames, f => Assert.All(f, v => Assert.InRange(v, 0f, 1f)));
    }

    [Fact]
    public void Pixels_and_sums_match_an_independent_decoding()
    {
        var f = Frames.Value;
        Assert.Equal(151 / 255f, f[0][0]);
        Assert.Equal(154 / 255f, f[0][1]);
        Assert.Equal(168 / 255f, f[5][77]);        // top-right corner of the first row's last frame
        Assert.Equal(161 / 255f, f[6][0]);         // first pixel of the second row of the plate
        Assert.Equal(177 / 255f, f[23][^1]);
        Assert.Equal(82 / 255f, f[13][26 * 78 + 39]);
        Assert.Equal(497714 / 255.0, f[0].Sum(v => (double)v), 2);
        Assert.Equal(625006 / 255.0, f[23].Sum(v => (double)v), 2);
        Assert.Equal(13516404 / 255.0, f.Sum(fr => fr.Sum(v => (double)v)), 1);
        Assert.Equal(0.04524403449742816, FrameDifference.MeanAbsolute(f[0], f[1]), 6);
    }

    [Fact]
    public void Frames_are_cut_from_the_sheet_in_reading_order()
    {
        // A sheet whose pixel value is its frame's index (6 columns x 4 rows) plus the position inside the frame / 10^4.
        var sheet = new float[6 * 78 * 4 * 52];
        for (var y = 0; y < 4 * 52; y++)
            for (var x = 0; x < 6 * 78; x++)
                sheet[y * 6 * 78 + x] = y / 52 * 6 + x / 78 + (y % 52 * 78 + x % 78) / 1e4f;
        var frames = MuybridgeCat.Frames(sheet);
        for (var i = 0; i < 24; i++)
        {
            Assert.Equal(i, frames[i][0]);
            Assert.Equal(i + (51 * 78 + 77) / 1e4f, frames[i][^1]);
        }
    }
}
