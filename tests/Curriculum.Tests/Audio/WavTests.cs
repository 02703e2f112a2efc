using System.Buffers.Binary;
using System.Text;
using Curriculum.Audio;

namespace Curriculum.Tests.Audio;

public class WavTests
{
    [Fact]
    public void Writes_a_44_byte_PCM_header_and_little_endian_samples()
    {
        var bytes = Wav.ToBytes([0f, 1f, -1f, 0.5f], 16000);

        Assert.Equal(44 + 8, bytes.Length);
        Assert.Equal("RIFF", Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.Equal(36 + 8, BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(4)));
        Assert.Equal("WAVEfmt ", Encoding.ASCII.GetString(bytes, 8, 8));
        Assert.Equal(1, BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(20)));   // PCM
        Assert.Equal(1, BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(22)));   // mono
        Assert.Equal(16000, BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(24)));
        Assert.Equal(32000, BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(28)));
        Assert.Equal(16, BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(34)));
        Assert.Equal("data", Encoding.ASCII.GetString(bytes, 36, 4));
        Assert.Equal(8, BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(40)));
        Assert.Equal(new short[] { 0, 32767, -32767, 16384 },
            Enumerable.Range(0, 4).Select(i => BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(44 + 2 * i))).ToArray());
    }

    [Fact]
    public void Clips_out_of_range_samples_and_round_trips_within_one_step()
    {
        var random = new Random(3);
        var samples = Enumerable.Range(0, 1000).Select(_ => (float)(random.NextDouble() * 2 - 1)).Append(3f).Append(-3f).ToArray();

        var (back, rate) = Wav.Read(Wav.ToBytes(samples, 8000));

        Assert.Equal(8000, rate);
        Assert.Equal(samples.Length, back.Length);
        for (var i = 0; i < 1000; i++) Assert.InRange(back[i] - samples[i], -1.5f / 32767, 1.5f / 32767);
        Assert.Equal(32767 / 32768f, back[1000]);
        Assert.Equal(-32767 / 32768f, back[1001]);
    }

    [Fact]
    public void Reads_stereo_as_the_mean_of_the_channels_and_skips_unknown_chunks()
    {
        var file = new List<byte>();
        void Ascii(string s) => file.AddRange(Encoding.ASCII.GetBytes(s));
        void I32(int v) { var b = new byte[4]; BinaryPrimitives.WriteInt32LittleEndian(b, v); file.AddRange(b); }
        void I16(short v) { var b = new byte[2]; BinaryPrimitives.WriteInt16LittleEndian(b, v); file.AddRange(b); }
        Ascii("RIFF"); I32(0); Ascii("WAVE");
        Ascii("fmt "); I32(16); I16(1); I16(2); I32(22050); I32(22050 * 4); I16(4); I16(16);
        Ascii("LIST"); I32(3); file.AddRange(new byte[] { 1, 2, 3, 0 });          // odd size: padded to even
        Ascii("data"); I32(8); I16(1000); I16(3000); I16(-400); I16(-400);

        var (samples, rate) = Wav.Read(file.ToArray());

        Assert.Equal(22050, rate);
        Assert.Equal([2000 / 32768f, -400 / 32768f], samples);
    }

    [Fact]
    public void Rejects_files_that_are_not_16_bit_PCM_WAV()
    {
        Assert.Equal("file", Assert.Throws<ArgumentException>(() => Wav.Read(Encoding.ASCII.GetBytes("ID3 not a wave file"))).ParamName);
        var truncated = Wav.ToBytes([0.1f, 0.2f], 16000)[..46];
        Assert.Contains("truncated", Assert.Throws<ArgumentException>(() => Wav.Read(truncated)).Message);
        Assert.Equal("sampleRate", Assert.Throws<ArgumentOutOfRangeException>(() => Wav.ToBytes([0f], 0)).ParamName);
    }
}
