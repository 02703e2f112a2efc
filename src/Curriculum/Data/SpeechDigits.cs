using System.Globalization;
using System.IO.Compression;
using Curriculum.Audio;

namespace Curriculum.Data;

/// <summary>
/// One synthesised clip: the espeak-ng voice ("accent+variant"), speed (words per minute) and pitch (0–99) it was
/// spoken with, the words ("seven three"), the digits ("73") and the 16 kHz samples in [−1, 1].
/// Introduced in lesson 15.</summary>
public sealed record SpeechClip(string Id, bool IsTest, string Voice, int Speed, int Pitch, string Words, string Digits, float[] Samples)
{
    /// <summary>The digits as numbers, e.g. "73" → [7, 3].</summary>
    public int[] DigitValues => Digits.Select(c => c - '0').ToArray();

    /// <summary>Duration in seconds at 16 kHz.</summary>
    public double Seconds => Samples.Length / (double)SpeechDigits.SampleRate;
}

/// <summary>
/// The spoken-digit corpus synthesised with espeak-ng 1.51 by data/derive-speech.sh: 1,296 clips in 36 voices (8
/// English accents × voice variants, random speed and pitch per clip), 720 single digits (lesson 15) and 576 strings of
/// 2–4 digits (lesson 23); 8 variants' voices are held out as the test split. Audio is 16 kHz, 8-bit µ-law in
/// data/speech-digits.ulaw.gz with the index data/speech-digits.tsv (both checksum-verified). Synthetic speech: the
/// same loader shape fits a real corpus (a table of clips with speaker and transcript). Introduced in lesson 15.
/// </summary>
public static class SpeechDigits
{
    /// <summary>Samples per second of every clip. Introduced in lesson 15.</summary>
    public const int SampleRate = 16000;

    /// <summary>The digit words, index = digit. Introduced in lesson 15.</summary>
    public static readonly string[] Words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    private static SpeechClip[]? _cache;

    /// <summary>All clips in corpus order (voice by voice), decoded to floats; cached after the first call. Introduced in lesson 15.</summary>
    public static IReadOnlyList<SpeechClip> Load()
    {
        if (_cache is not null) return _cache;
        var index = DataFiles.PathOf("speech-digits.tsv");
        var audioPath = DataFiles.PathOf("speech-digits.ulaw.gz");
        byte[] audio;
        using (var gz = new GZipStream(File.OpenRead(audioPath), CompressionMode.Decompress))
        using (var memory = new MemoryStream())
        {
            gz.CopyTo(memory);
            audio = memory.ToArray();
        }
        return _cache = Parse(File.ReadAllLines(index), audio);
    }

    /// <summary>Parses the index lines against the decompressed µ-law stream (tests use it on small inputs).</summary>
    internal static SpeechClip[] Parse(IReadOnlyList<string> lines, byte[] audio)
    {
        string[] expected = ["id", "split", "voice", "speed", "pitch", "words", "digits", "offset", "samples"];
        if (lines.Count == 0 || lines[0] != string.Join('\t', expected))
            throw new InvalidDataException($"speech-digits.tsv must start with the header \"{string.Join(" ", expected)}\" (tab separated)");
        var clips = new List<SpeechClip>();
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].Length == 0) continue;
            var f = lines[i].Split('\t');
            if (f.Length != expected.Length) throw new InvalidDataException($"speech-digits.tsv line {i + 1} has {f.Length} fields, expected {expected.Length}");
            long offset = long.Parse(f[7], CultureInfo.InvariantCulture), count = long.Parse(f[8], CultureInfo.InvariantCulture);
            if (offset < 0 || count <= 0 || offset + count > audio.Length)
                throw new InvalidDataException($"speech-digits.tsv line {i + 1}: samples {offset}..{offset + count} lie outside the {audio.Length}-sample audio stream");
            if (f[1] is not ("train" or "test")) throw new InvalidDataException($"speech-digits.tsv line {i + 1}: split must be train or test, got \"{f[1]}\"");
            clips.Add(new SpeechClip(f[0], f[1] == "test", f[2], int.Parse(f[3], CultureInfo.InvariantCulture), int.Parse(f[4], CultureInfo.InvariantCulture),
                f[5], f[6], MuLaw.DecodeToFloat(audio.AsSpan((int)offset, (int)count))));
        }
        return clips.ToArray();
    }
}
