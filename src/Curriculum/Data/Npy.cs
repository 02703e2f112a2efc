using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Curriculum.Data;

/// <summary>
/// A numeric array read from a NumPy .npy file: the values in C (row-major) order, widened to double, with the shape
/// and the dtype string from the header (e.g. "&lt;f8").
/// </summary>
public sealed record NpyArray(double[] Values, int[] Shape, string Dtype)
{
    /// <summary>The number of values, the product of <see cref="Shape"/>.</summary>
    public int Count => Values.Length;

    /// <summary>
    /// The array as a list of items along the first axis, each flattened in row-major order as float (e.g. images
    /// [N, H, W] → N arrays of H×W pixels).
    /// </summary>
    public float[][] Rows()
    {
        if (Shape.Length == 0) throw new InvalidOperationException("a 0-d array has no rows");
        var n = Shape[0];
        var size = n == 0 ? 0 : Values.Length / n;
        return Enumerable.Range(0, n).Select(i => Values.AsSpan(i * size, size).ToArray().Select(v => (float)v).ToArray()).ToArray();
    }
}

/// <summary>
/// A reader for NumPy's .npy format (versions 1.0, 2.0 and 3.0): the 6-byte magic "\x93NUMPY", a version, a header
/// length (2 bytes little-endian in 1.0, 4 bytes in 2.0/3.0), then a Python dict literal with 'descr', 'fortran_order'
/// and 'shape', then the raw values. Reads little-endian float64/float32, int64/int32/int16, uint8/int8 and bool in C
/// order; refuses Fortran order, big-endian and object arrays with a message saying which.
/// </summary>
public static partial class Npy
{
    private static readonly byte[] Magic = [0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y'];

    /// <summary>A committed .npy or .npy.gz file from data/ (e.g. "images/lfw_subset.npy.gz"), checked against its sha256 first.</summary>
    public static NpyArray Load(string dataFile) => Read(DataFiles.PathOf(dataFile));

    /// <summary>Reads a .npy file, or a gzip-compressed one when the name ends in .gz.</summary>
    public static NpyArray Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        byte[] bytes;
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            using var memory = new MemoryStream();
            gz.CopyTo(memory);
            bytes = memory.ToArray();
        }
        else bytes = File.ReadAllBytes(path);
        try { return Parse(bytes); }
        catch (InvalidDataException e) { throw new InvalidDataException($"{path}: {e.Message}", e); }
    }

    /// <summary>Parses the bytes of a .npy file; see <see cref="Npy"/> for what is supported.</summary>
    public static NpyArray Parse(byte[] npy)
    {
        ArgumentNullException.ThrowIfNull(npy);
        if (npy.Length < 10 || !npy.AsSpan(0, 6).SequenceEqual(Magic))
            throw new InvalidDataException("not a .npy file (the magic string \\x93NUMPY is missing)");
        var major = npy[6];
        int headerLength, headerStart;
        switch (major)
        {
            case 1: headerLength = BinaryPrimitives.ReadUInt16LittleEndian(npy.AsSpan(8)); headerStart = 10; break;
            case 2 or 3:
                if (npy.Length < 12) throw new InvalidDataException("truncated .npy header");
                headerLength = checked((int)BinaryPrimitives.ReadUInt32LittleEndian(npy.AsSpan(8))); headerStart = 12; break;
            default: throw new InvalidDataException($".npy format version {major}.{npy[7]} is not supported (1.0, 2.0 and 3.0 are)");
        }
        if (headerStart + headerLength > npy.Length) throw new InvalidDataException($"the header says it is {headerLength} bytes but the file ends first");
        var header = (major == 3 ? Encoding.UTF8 : Encoding.Latin1).GetString(npy, headerStart, headerLength);
        var (dtype, fortran, shape) = ParseHeader(header);
        if (fortran) throw new InvalidDataException("fortran_order is True: only C-order (row-major) arrays are supported");
        var (size, read) = Element(dtype);
        long count = 1;
        foreach (var d in shape) count *= d;
        var dataStart = headerStart + headerLength;
        if (npy.Length - dataStart != count * size)
            throw new InvalidDataException($"shape ({string.Join(", ", shape)}) of {dtype} needs {count * size} data bytes, the file has {npy.Length - dataStart}");
        var values = new double[count];
        for (var i = 0; i < count; i++) values[i] = read(npy.AsSpan(dataStart + i * size, size));
        return new NpyArray(values, shape, dtype);
    }

    /// <summary>Reads 'descr', 'fortran_order' and 'shape' from the header's dict literal, e.g. {'descr': '&lt;f8', 'fortran_order': False, 'shape': (200, 25, 25), }.</summary>
    internal static (string Dtype, bool FortranOrder, int[] Shape) ParseHeader(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var descr = DescrPattern().Match(header);
        var fortran = FortranPattern().Match(header);
        var shape = ShapePattern().Match(header);
        if (!descr.Success) throw new InvalidDataException($"no 'descr' string in the .npy header: {header.Trim()}");
        if (!fortran.Success) throw new InvalidDataException($"no 'fortran_order' True/False in the .npy header: {header.Trim()}");
        if (!shape.Success) throw new InvalidDataException($"no 'shape' tuple in the .npy header: {header.Trim()}");
        var dims = shape.Groups[1].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => int.TryParse(d, out var v) && v >= 0 ? v : throw new InvalidDataException($"bad dimension '{d}' in the .npy shape")).ToArray();
        return (descr.Groups[1].Value, fortran.Groups[1].Value == "True", dims);
    }

    private static (int Size, Func<ReadOnlySpan<byte>, double> Read) Element(string dtype) => dtype switch
    {
        "<f8" => (8, b => BinaryPrimitives.ReadDoubleLittleEndian(b)),
        "<f4" => (4, b => BinaryPrimitives.ReadSingleLittleEndian(b)),
        "<i8" => (8, b => BinaryPrimitives.ReadInt64LittleEndian(b)),
        "<i4" => (4, b => BinaryPrimitives.ReadInt32LittleEndian(b)),
        "<i2" => (2, b => BinaryPrimitives.ReadInt16LittleEndian(b)),
        "|u1" => (1, b => b[0]),
        "|i1" => (1, b => (sbyte)b[0]),
        "|b1" => (1, b => b[0] != 0 ? 1 : 0),
        _ when dtype.StartsWith('>') => throw new InvalidDataException($"dtype '{dtype}' is big-endian; only little-endian arrays are supported"),
        _ => throw new InvalidDataException($"dtype '{dtype}' is not supported (use <f8, <f4, <i8, <i4, <i2, |u1, |i1 or |b1)"),
    };

    [GeneratedRegex(@"'descr'\s*:\s*'([^']*)'")]
    private static partial Regex DescrPattern();

    [GeneratedRegex(@"'fortran_order'\s*:\s*(True|False)")]
    private static partial Regex FortranPattern();

    [GeneratedRegex(@"'shape'\s*:\s*\(([^)]*)\)")]
    private static partial Regex ShapePattern();
}
