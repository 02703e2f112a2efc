using Curriculum.Audio;

namespace Curriculum.Tests.Audio;

public class MuLawTests
{
    // Expected values from Python's audioop.ulaw2lin (G.711), one byte at a time.
    [Theory]
    [InlineData(0x00, -32124)]
    [InlineData(0x80, 32124)]
    [InlineData(0xFF, 0)]
    [InlineData(0x7F, 0)]
    [InlineData(0x0F, -16764)]
    [InlineData(0x8F, 16764)]
    [InlineData(0xF0, 120)]
    [InlineData(0x70, -120)]
    [InlineData(0xFE, 8)]
    [InlineData(0x7E, -8)]
    public void Decodes_like_G711_and_audioop(int code, int expected) =>
        Assert.Equal(expected, MuLaw.Decode((byte)code));

    [Fact]
    public void Positive_codes_grow_monotonically_and_negative_codes_mirror_them()
    {
        // 0xFF..0x80 are the positive half from 0 up to the largest value; 0x7F..0x00 the same values negated.
        var positive = Enumerable.Range(0x80, 128).Reverse().Select(b => (int)MuLaw.Decode((byte)b)).ToArray();
        Assert.Equal(positive.Order(), positive);
        Assert.Equal(128, positive.Distinct().Count());
        for (var b = 0x80; b <= 0xFF; b++) Assert.Equal(-MuLaw.Decode((byte)b), MuLaw.Decode((byte)(b - 0x80)));
    }

    [Fact]
    public void Float_decoding_scales_by_32768()
    {
        var samples = MuLaw.DecodeToFloat([0x80, 0xFF, 0x00]);

        Assert.Equal([32124 / 32768f, 0f, -32124 / 32768f], samples);
    }
}
