using Curriculum.Data;
using Curriculum.Vision;

namespace Curriculum.Tests.Vision;

public class PixelShiftTests
{
    // A 3-wide, 2-high image, row-major:  1 2 3
    //                                     4 5 6
    private static readonly float[] Image = [1, 2, 3, 4, 5, 6];

    [Theory]
    [InlineData(1, 0, new float[] { 0, 1, 2, 0, 4, 5 })]   // right: the left column becomes blank
    [InlineData(-1, 0, new float[] { 2, 3, 0, 5, 6, 0 })]  // left
    [InlineData(0, 1, new float[] { 0, 0, 0, 1, 2, 3 })]   // down: the top row becomes blank
    [InlineData(0, -1, new float[] { 4, 5, 6, 0, 0, 0 })]  // up
    [InlineData(1, 1, new float[] { 0, 0, 0, 0, 1, 2 })]   // diagonal
    [InlineData(0, 0, new float[] { 1, 2, 3, 4, 5, 6 })]
    [InlineData(3, 0, new float[] { 0, 0, 0, 0, 0, 0 })]   // shifted entirely out
    public void Shift_moves_pixels_and_fills_the_uncovered_border_with_zero(int dx, int dy, float[] expected)
    {
        Assert.Equal(expected, PixelShift.Shift(Image, 3, 2, dx, dy));
    }

    [Fact]
    public void Shift_returns_a_new_array_and_leaves_the_input_alone()
    {
        var copy = Image.ToArray();
        var shifted = PixelShift.Shift(copy, 3, 2, 0, 0);

        Assert.NotSame(copy, shifted);
        Assert.Equal(Image, copy);
    }

    [Fact]
    public void A_digit_with_blank_side_columns_keeps_all_its_ink_and_shifting_back_restores_it()
    {
        var digit = Datasets.Digits().Pixels.First(p => Enumerable.Range(0, 8).All(i => p[i * 8] == 0 && p[i * 8 + 7] == 0));

        foreach (var (dx, dy) in new[] { (1, 0), (-1, 0) })
        {
            var moved = PixelShift.Shift(digit, 8, 8, dx, dy);
            Assert.Equal(digit.Sum(), moved.Sum());
            Assert.NotEqual(digit, moved);
            Assert.Equal(digit, PixelShift.Shift(moved, 8, 8, -dx, -dy));
        }
    }

    [Fact]
    public void Shift_names_a_wrong_size()
    {
        var e = Assert.Throws<ArgumentException>(() => PixelShift.Shift(Image, 2, 2, 1, 0));
        Assert.Equal("pixels", e.ParamName);
        Assert.Contains("expected 2x2 = 4 pixels, got 6", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => PixelShift.Shift(Image, 0, 2, 1, 0));
    }

    [Theory]
    [InlineData(false, 5)]
    [InlineData(true, 9)]
    public void Augment_appends_shifted_copies_with_the_same_labels(bool diagonals, int copies)
    {
        var data = new ImageDataset([Image, [6, 5, 4, 3, 2, 1]], [7, 2], Width: 3, Height: 2, ClassCount: 10, MaxPixel: 16);

        var augmented = PixelShift.Augment(data, diagonals);

        Assert.Equal(2 * copies, augmented.Count);
        Assert.Equal(Enumerable.Repeat(new[] { 7, 2 }, copies).SelectMany(l => l), augmented.Labels);
        Assert.Same(data.Pixels[0], augmented.Pixels[0]);
        Assert.Equal(new float[] { 2, 3, 0, 5, 6, 0 }, augmented.Pixels[2]); // first shifted copy: left
        Assert.Equal(new float[] { 0, 6, 5, 0, 3, 2 }, augmented.Pixels[5]); // second copy of image 1: right
        Assert.Equal(copies, augmented.Pixels.Select(p => string.Join(",", p)).Where((_, i) => i % 2 == 0).Distinct().Count());
        Assert.Equal((3, 2, 16f), (augmented.Width, augmented.Height, augmented.MaxPixel));
    }

    [Fact]
    public void Augment_refuses_an_empty_data_set()
    {
        var empty = new ImageDataset([], [], 3, 2, 10, 16);
        Assert.Equal("data", Assert.Throws<ArgumentException>(() => PixelShift.Augment(empty)).ParamName);
    }
}
