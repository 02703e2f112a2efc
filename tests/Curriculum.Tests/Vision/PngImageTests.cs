using System.Buffers.Binary;
using System.IO.Compression;
using Curriculum.Vision;
using Curriculum.Tests.Support;

namespace Curriculum.Tests.Vision;

public class PngImageTests
{
    // Width, height, channels, sum of all bytes, first and last byte: from an independent pure-Python decoder.
    public static TheoryData<string, int, int, int, long, byte, byte> Committed => new()
    {
        { "astronaut.png", 512, 512, 3, 90124324L, 154, 0 },
        { "brick.png", 512, 512, 1, 29217353L, 99, 176 },
        { "camera.png", 512, 512, 1, 33832495L, 200, 149 },
        { "cell.png", 550, 660, 1, 24669746L, 71, 61 },
        { "chelsea.png", 451, 300, 3, 46802357L, 143, 128 },
        { "clock_motion.png", 400, 300, 1, 17559784L, 155, 113 },
        { "coffee.png", 600, 400, 3, 71003487L, 21, 29 },
        { "coins.png", 384, 303, 1, 11269333L, 47, 7 },
        { "grass.png", 512, 512, 1, 30991639L, 113, 108 },
        { "gravel.png", 512, 512, 1, 33173013L, 171, 158 },
        { "horse.png", 400, 328, 4, 100630888L, 255, 110 },
        { "ihc.png", 512, 512, 3, 126084883L, 156, 207 },
        { "microaneurysms.png", 102, 102, 1, 1033532L, 96, 86 },
        { "text.png", 448, 172, 1, 9960413L, 91, 126 },
    };

    [Theory]
    [MemberData(nameof(Committed))]
    public void Committed_images_decode_to_the_reference_decoders_pixels(string file, int width, int height, int channels, long sum, byte first, byte last)
    {
        var image = PngImage.Load("images/" + file);

        Assert.Equal((width, height, channels), (image.Width, image.Height, image.Channels));
        Assert.Equal(sum, image.Pixels.Sum(b => (long)b));
        Assert.Equal(first, image.Pixels[0]);
        Assert.Equal(last, image.Pixels[^1]);
    }

    [Theory]
    [InlineData(0)] [InlineData(1)] [InlineData(2)] [InlineData(3)] [InlineData(4)]
    public void Each_row_filter_round_trips(int filter)
    {
        var pixels = Enumerable.Range(0, 4 * 3 * 3).Select(i => (byte)(i * 37 % 251)).ToArray(); // 4x3 RGB
        var image = PngImage.Decode(Encode(4, 3, 2, pixels, filter));

        Assert.Equal(pixels, image.Pixels);
    }

    [Fact]
    public void Grey_and_rgb_conversions_use_luma_and_channel_planes()
    {
        var image = new PngImage(2, 1, 3, [255, 0, 0, 0, 0, 255]);

        var grey = image.ToGrey();
        Assert.Equal(0.299f, grey[0], 1e-6f);
        Assert.Equal(0.114f, grey[1], 1e-6f);
        Assert.Equal([1f, 0f, 0f, 0f, 0f, 1f], image.ToRgbPlanes()); // R plane, G plane, B plane
    }

    [Fact]
    public void Palette_images_and_non_png_bytes_are_refused_with_the_reason()
    {
        var palette = Encode(1, 1, 3, [0], 0);
        Assert.Contains("colour type 3", Assert.Throws<InvalidDataException>(() => PngImage.Decode(palette)).Message);
        Assert.Contains("signature", Assert.Throws<InvalidDataException>(() => PngImage.Decode(new byte[40])).Message);
    }

    [Fact]
    public void A_truncated_file_names_the_path()
    {
        using var folder = new TempFolder();
        var bytes = File.ReadAllBytes(Path.Combine(Repo.Data, "images", "brick.png"));
        File.WriteAllBytes(folder.File("cut.png"), bytes[..(bytes.Length / 2)]);

        var error = Assert.Throws<InvalidDataException>(() => PngImage.Read(folder.File("cut.png")));
        Assert.Contains("cut.png", error.Message);
    }

    // A minimal independent encoder: applies one filter type to every row, as the PNG spec defines it.
    private static byte[] Encode(int width, int height, byte colourType, byte[] pixels, int filter)
    {
        var bpp = colourType switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, _ => 4 };
        var stride = width * bpp;
        var raw = new List<byte>();
        for (var y = 0; y < height; y++)
        {
            raw.Add((byte)filter);
            for (var i = 0; i < stride; i++)
            {
                int x = pixels[y * stride + i], a = i >= bpp ? pixels[y * stride + i - bpp] : 0,
                    b = y > 0 ? pixels[(y - 1) * stride + i] : 0, c = y > 0 && i >= bpp ? pixels[(y - 1) * stride + i - bpp] : 0;
                int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
                var predicted = filter switch { 0 => 0, 1 => a, 2 => b, 3 => (a + b) >> 1, _ => pa <= pb && pa <= pc ? a : pb <= pc ? b : c };
                raw.Add((byte)(x - predicted));
            }
        }
        using var z = new MemoryStream();
        using (var zs = new ZLibStream(z, CompressionLevel.Optimal)) zs.Write(raw.ToArray());
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; ihdr[9] = colourType;
        var png = new List<byte> { 137, 80, 78, 71, 13, 10, 26, 10 };
        foreach (var (type, data) in new[] { ("IHDR", ihdr), ("IDAT", z.ToArray()), ("IEND", Array.Empty<byte>()) })
        {
            var length = new byte[4];
            BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
            png.AddRange(length); png.AddRange(System.Text.Encoding.ASCII.GetBytes(type)); png.AddRange(data); png.AddRange(new byte[4]); // CRC unchecked
        }
        return png.ToArray();
    }
}
