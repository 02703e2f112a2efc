using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Curriculum.Data;
using Curriculum.Tests.Support;

namespace Curriculum.Tests.Data;

public class NpyTests
{
    /// <summary>A .npy file built by hand the way numpy.save writes version 1.0: header padded with spaces to a multiple of 64 bytes, ending in a newline.</summary>
    private static byte[] Build(string header, byte[] data, byte major = 1)
    {
        var prefix = major == 1 ? 10 : 12;
        var padded = header + new string(' ', (64 - (prefix + header.Length + 1) % 64) % 64) + "\n";
        var bytes = new List<byte> { 0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', major, 0 };
        var length = new byte[major == 1 ? 2 : 4];
        if (major == 1) BinaryPrimitives.WriteUInt16LittleEndian(length, (ushort)padded.Length);
        else BinaryPrimitives.WriteUInt32LittleEndian(length, (uint)padded.Length);
        bytes.AddRange(length);
        bytes.AddRange(Encoding.Latin1.GetBytes(padded));
        bytes.AddRange(data);
        return bytes.ToArray();
    }

    private static byte[] Doubles(params double[] values)
    {
        var data = new byte[values.Length * 8];
        for (var i = 0; i < values.Length; i++) BinaryPrimitives.WriteDoubleLittleEndian(data.AsSpan(i * 8), values[i]);
        return data;
    }

    [Fact]
    public void Reads_a_2x3_float64_array_in_row_major_order()
    {
        var npy = Build("{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }", Doubles(1, 2, 3, 4, 5, 6.5));
        Assert.Equal(0, (npy.Length - 48) % 64); // magic + header padded to a multiple of 64 bytes, as numpy.save writes it

        var a = Npy.Parse(npy);

        Assert.Equal(new[] { 2, 3 }, a.Shape);
        Assert.Equal("<f8", a.Dtype);
        Assert.Equal(new[] { 1, 2, 3, 4, 5, 6.5 }, a.Values);
        Assert.Equal(new[] { new[] { 1f, 2, 3 }, new[] { 4f, 5, 6.5f } }, a.Rows());
    }

    [Fact]
    public void Reads_version_2_headers_and_other_dtypes()
    {
        var ints = new byte[8];
        BinaryPrimitives.WriteInt32LittleEndian(ints, -7);
        BinaryPrimitives.WriteInt32LittleEndian(ints.AsSpan(4), 300);
        var a = Npy.Parse(Build("{'descr': '<i4', 'fortran_order': False, 'shape': (2,), }", ints, major: 2));
        Assert.Equal(new[] { 2 }, a.Shape);
        Assert.Equal(new[] { -7.0, 300 }, a.Values);

        var bytes = Npy.Parse(Build("{'descr': '|u1', 'fortran_order': False, 'shape': (3,), }", [0, 128, 255]));
        Assert.Equal(new[] { 0.0, 128, 255 }, bytes.Values);
    }

    [Fact]
    public void Header_parsing_takes_keys_in_any_order_and_a_scalar_shape()
    {
        var (dtype, fortran, shape) = Npy.ParseHeader("{'shape': (), 'fortran_order': True, 'descr': '<f4'}");
        Assert.Equal(("<f4", true, 0), (dtype, fortran, shape.Length));
        Assert.Equal(new[] { 200, 25, 25 }, Npy.ParseHeader("{'descr': '<f8', 'fortran_order': False, 'shape': (200, 25, 25), }").Shape);
    }

    [Fact]
    public void Refuses_fortran_order_big_endian_bad_magic_and_a_wrong_data_length()
    {
        var fortran = Build("{'descr': '<f8', 'fortran_order': True, 'shape': (2, 2), }", Doubles(1, 2, 3, 4));
        Assert.Contains("fortran_order", Assert.Throws<InvalidDataException>(() => Npy.Parse(fortran)).Message);
        var big = Build("{'descr': '>f8', 'fortran_order': False, 'shape': (1,), }", Doubles(1));
        Assert.Contains("big-endian", Assert.Throws<InvalidDataException>(() => Npy.Parse(big)).Message);
        Assert.Contains("magic", Assert.Throws<InvalidDataException>(() => Npy.Parse(Encoding.ASCII.GetBytes("PK not a numpy file"))).Message);
        var shortData = Build("{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }", Doubles(1, 2));
        Assert.Contains("needs 24 data bytes, the file has 16", Assert.Throws<InvalidDataException>(() => Npy.Parse(shortData)).Message);
    }

    [Fact]
    public void Reads_gzip_files_and_names_the_path_in_errors()
    {
        using var folder = new TempFolder();
        var path = folder.File("a.npy.gz");
        using (var gz = new GZipStream(File.Create(path), CompressionLevel.Optimal))
            gz.Write(Build("{'descr': '<f8', 'fortran_order': False, 'shape': (1, 2), }", Doubles(0.25, -3)));
        Assert.Equal(new[] { 0.25, -3 }, Npy.Read(path).Values);

        var bad = folder.File("bad.npy");
        File.WriteAllBytes(bad, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
        Assert.Contains("bad.npy", Assert.Throws<InvalidDataException>(() => Npy.Read(bad)).Message);
    }
}
