using System.Buffers.Binary;
using System.Text;

namespace Curriculum.Audio;

/// <summary>
/// WAV files (RIFF, 16-bit PCM): write mono samples in [−1, 1] to WAV bytes (for inline players and for saving), read a
/// 16-bit PCM WAV back (stereo is averaged to mono).
/// </summary>
public static class Wav
{
    /// <summary>
    /// A complete 16-bit mono PCM WAV file: the 44-byte RIFF header, then the samples clipped to [−1, 1] and scaled by
    /// 32,767 (rounded).
    /// </summary>
    public static byte[] ToBytes(IReadOnlyList<float> samples, int sampleRate)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (sampleRate <= 0) throw new ArgumentOutOfRangeException(nameof(sampleRate), sampleRate, "sample rate must be positive (e.g. 16000)");
        var dataBytes = samples.Count * 2;
        var bytes = new byte[44 + dataBytes];
        var s = bytes.AsSpan();
        Encoding.ASCII.GetBytes("RIFF").CopyTo(s);
        BinaryPrimitives.WriteInt32LittleEndian(s[4..], 36 + dataBytes);
        Encoding.ASCII.GetBytes("WAVEfmt ").CopyTo(s[8..]);
        BinaryPrimitives.WriteInt32LittleEndian(s[16..], 16);          // fmt chunk size
        BinaryPrimitives.WriteInt16LittleEndian(s[20..], 1);           // PCM
        BinaryPrimitives.WriteInt16LittleEndian(s[22..], 1);           // mono
        BinaryPrimitives.WriteInt32LittleEndian(s[24..], sampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(s[28..], sampleRate * 2); // bytes per second
        BinaryPrimitives.WriteInt16LittleEndian(s[32..], 2);           // bytes per frame
        BinaryPrimitives.WriteInt16LittleEndian(s[34..], 16);          // bits per sample
        Encoding.ASCII.GetBytes("data").CopyTo(s[36..]);
        BinaryPrimitives.WriteInt32LittleEndian(s[40..], dataBytes);
        for (var i = 0; i < samples.Count; i++)
        {
            var v = float.IsNaN(samples[i]) ? 0 : Math.Clamp(samples[i], -1f, 1f);
            BinaryPrimitives.WriteInt16LittleEndian(s[(44 + 2 * i)..], (short)MathF.Round(v * 32767f));
        }
        return bytes;
    }

    /// <summary>
    /// Reads a 16-bit PCM WAV file's samples (scaled to [−1, 1) by dividing by 32,768; channels averaged to mono) and
    /// its sample rate. Skips chunks other than "fmt " and "data".
    /// </summary>
    public static (float[] Samples, int SampleRate) Read(ReadOnlySpan<byte> file)
    {
        if (file.Length < 12 || Encoding.ASCII.GetString(file[..4]) != "RIFF" || Encoding.ASCII.GetString(file[8..12]) != "WAVE")
            throw new ArgumentException("not a WAV file: it must start with \"RIFF\" and \"WAVE\"", nameof(file));
        int channels = 0, rate = 0, bits = 0;
        var pos = 12;
        while (pos + 8 <= file.Length)
        {
            var id = Encoding.ASCII.GetString(file.Slice(pos, 4));
            var size = BinaryPrimitives.ReadInt32LittleEndian(file[(pos + 4)..]);
            if (size < 0 || pos + 8 + size > file.Length)
                throw new ArgumentException($"WAV chunk \"{id}\" claims {size} bytes but the file ends first (truncated file?)", nameof(file));
            var body = file.Slice(pos + 8, size);
            if (id == "fmt ")
            {
                var format = BinaryPrimitives.ReadInt16LittleEndian(body);
                channels = BinaryPrimitives.ReadInt16LittleEndian(body[2..]);
                rate = BinaryPrimitives.ReadInt32LittleEndian(body[4..]);
                bits = BinaryPrimitives.ReadInt16LittleEndian(body[14..]);
                if (format != 1 || bits != 16)
                    throw new ArgumentException($"only 16-bit PCM WAV is supported; this file has format {format}, {bits} bits", nameof(file));
            }
            else if (id == "data")
            {
                if (channels == 0) throw new ArgumentException("the WAV file has its data chunk before its fmt chunk", nameof(file));
                var frames = body.Length / (2 * channels);
                var samples = new float[frames];
                for (var i = 0; i < frames; i++)
                {
                    var sum = 0;
                    for (var c = 0; c < channels; c++) sum += BinaryPrimitives.ReadInt16LittleEndian(body[(2 * (i * channels + c))..]);
                    samples[i] = sum / (32768f * channels);
                }
                return (samples, rate);
            }
            pos += 8 + size + (size & 1); // chunks are padded to an even length
        }
        throw new ArgumentException("the WAV file has no data chunk", nameof(file));
    }
}
