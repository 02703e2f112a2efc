using System.Text.RegularExpressions;
using Curriculum.Audio;

namespace Curriculum.Data;

/// <summary>One real recording: its id ("001"), transcript ("five five") and 16 kHz samples in [−1, 1).</summary>
public sealed record HumanClip(string Id, string Transcript, float[] Samples)
{
    /// <summary>Duration in seconds at 16 kHz.</summary>
    public double Seconds => Samples.Length / 16000.0;
}

/// <summary>
/// Five real recordings of a human voice naming playing cards ("seven of clubs", "five five", ...), from CMU Sphinx's
/// test data (Debian pocketsphinx-testdata, BSD-2-Clause; data/speech-human/, checksum-verified): a reality check for
/// models trained on the synthetic digits of <see cref="SpeechDigits"/>. Introduced in lesson 15.
/// </summary>
public static partial class HumanSpeech
{
    /// <summary>The five clips in id order, with their transcripts (Sphinx's &lt;s&gt; … &lt;/s&gt; markers removed). Introduced in lesson 15.</summary>
    public static IReadOnlyList<HumanClip> Cards()
    {
        var transcripts = ParseTranscription(File.ReadAllLines(DataFiles.PathOf("speech-human/cards.transcription")));
        return transcripts.Select(t =>
        {
            var (samples, rate) = Wav.Read(File.ReadAllBytes(DataFiles.PathOf($"speech-human/cards-{t.Id}.wav")));
            if (rate != 16000) throw new InvalidDataException($"speech-human/cards-{t.Id}.wav is {rate} Hz; expected 16000");
            return new HumanClip(t.Id, t.Transcript, samples);
        }).ToArray();
    }

    /// <summary>Parses Sphinx transcription lines "&lt;s&gt; seven of clubs &lt;/s&gt; (003)" into (id, words).</summary>
    internal static (string Id, string Transcript)[] ParseTranscription(IEnumerable<string> lines) =>
        lines.Where(l => l.Trim().Length > 0).Select((l, i) =>
        {
            var m = SphinxLine().Match(l);
            if (!m.Success) throw new InvalidDataException($"transcription line {i + 1} is not \"<s> words </s> (id)\": {l}");
            return (m.Groups[2].Value, string.Join(' ', m.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        }).ToArray();

    [GeneratedRegex(@"^\s*<s>(.*)</s>\s*\((\w+)\)\s*$")]
    private static partial Regex SphinxLine();
}
