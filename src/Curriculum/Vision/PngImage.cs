using System.Buffers.Binary;
using System.IO.Compression;
using Curriculum.Data;

namespace Curriculum.Vision;

/// <summary>
/// A decoded 8-bit image: <see cref="Pixels"/> holds rows top to bottom, each pixel's <see cref="Channels"/> bytes
/// together (1 grey, 2 grey+alpha, 3 RGB, 4 RGBA). Introduced in lesson 14.
/// </summary>
public sealed record PngImage(int Width, int Height, int Channels, byte[] Pixels)
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    /// <summary>A committed image from data/ (e.g. "images/brick.png"), checked against its sha256 first. Introduced in lesson 14.</summary>
    public static PngImage Load(string dataFile) => Read(DataFiles.PathOf(dataFile));

    /// <summary>
    /// Decodes a non-interlaced 8-bit PNG of colour type grey, RGB, grey+alpha or RGBA (what the committed images use);
    /// other kinds are refused with a message saying which.
    /// </summary>
    public static PngImage Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var bytes = File.ReadAllBytes(path);
        try { return Decode(bytes); }
        catch (InvalidDataException e) { throw new InvalidDataException($"{path}: {e.Message}", e); }
    }

    /// <summary>Decodes PNG bytes; see <see cref="Read"/>.</summary>
    public static PngImage Decode(byte[] png)
    {
        ArgumentNullException.ThrowIfNull(png);
        if (png.Length < 33 || !png.AsSpan(0, 8).SequenceEqual(Signature))
            throw new InvalidDataException("not a PNG file (the 8-byte signature is missing)");
        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        for (var at = 8; at + 12 <= png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            if (length < 0 || at + 12 + length > png.Length) throw new InvalidDataException($"chunk {type} runs past the end of the file (truncated?)");
            var data = png.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                var (depth, colour, interlace) = (data[8], data[9], data[12]);
                if (depth != 8) throw new InvalidDataException($"bit depth {depth} is not supported (only 8)");
                if (interlace != 0) throw new InvalidDataException("interlaced PNGs are not supported");
                channels = colour switch
                {
                    0 => 1, 2 => 3, 4 => 2, 6 => 4,
                    _ => throw new InvalidDataException($"colour type {colour} (palette) is not supported (only grey, RGB, grey+alpha, RGBA)"),
                };
            }
            else if (type == "IDAT") idat.Write(data);
            else if (type == "IEND") break;
            at += 12 + length;
        }
        if (channels == 0) throw new InvalidDataException("no IHDR chunk");
        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var z = new ZLibStream(idat, CompressionMode.Decompress)) z.CopyTo(inflated);
        return new PngImage(width, height, channels, Unfilter(inflated.ToArray(), width, height, channels));
    }

    // PNG stores each row behind a filter byte (none, sub, up, average, Paeth) predicting from left/up neighbours.
    private static byte[] Unfilter(byte[] raw, int width, int height, int bpp)
    {
        var stride = width * bpp;
        if (raw.Length < height * (stride + 1)) throw new InvalidDataException($"image data holds {raw.Length} bytes, {height * (stride + 1)} expected (truncated?)");
        var pixels = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var src = raw.AsSpan(y * (stride + 1) + 1, stride);
            var row = pixels.AsSpan(y * stride, stride);
            var up = y > 0 ? pixels.AsSpan((y - 1) * stride, stride) : new byte[stride];
            for (var i = 0; i < stride; i++)
            {
                int a = i >= bpp ? row[i - bpp] : 0, b = up[i], c = i >= bpp ? up[i - bpp] : 0;
                row[i] = (byte)(src[i] + filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException($"row {y} has unknown filter type {filter}"),
                });
            }
        }
        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    /// <summary>Grey levels in [0, 1], row-major (RGB weighted by ITU-R BT.601 luma; alpha dropped).</summary>
    public float[] ToGrey()
    {
        var grey = new float[Width * Height];
        for (var i = 0; i < grey.Length; i++)
        {
            var p = i * Channels;
            grey[i] = Channels >= 3
                ? (0.299f * Pixels[p] + 0.587f * Pixels[p + 1] + 0.114f * Pixels[p + 2]) / 255f
                : Pixels[p] / 255f;
        }
        return grey;
    }

    /// <summary>RGB planes in [0, 1], channel-major [3, H, W] as TorchSharp expects (grey is repeated into all three).</summary>
    public float[] ToRgbPlanes()
    {
        var plane = Width * Height;
        var rgb = new float[3 * plane];
        for (var i = 0; i < plane; i++)
            for (var c = 0; c < 3; c++)
                rgb[c * plane + i] = Pixels[i * Channels + (Channels >= 3 ? c : 0)] / 255f;
        return rgb;
    }
}
