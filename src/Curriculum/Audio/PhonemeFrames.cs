using static TorchSharp.torch;

namespace Curriculum.Audio;

/// <summary>
/// The input of a duration-based text-to-speech model (as in FastSpeech, Ren et al. 2019, with durations given rather
/// than predicted): every output frame gets the phoneme it belongs to (one-hot) and where it sits inside that phoneme
/// and inside its word (0 … 1). Words are laid out one after another with silence before, between and after them;
/// each word's frames are shared equally among its phonemes. Introduced in lesson 28.
/// </summary>
public static class PhonemeFrames
{
    /// <summary>Features per frame for an inventory of <paramref name="symbols"/> symbols: one-hot + 2 positions. Introduced in lesson 28.</summary>
    public static int FeatureCount(int symbols) => symbols + 2;

    /// <summary>
    /// The frame features [<see cref="FeatureCount"/>, <paramref name="totalFrames"/>] of a sequence of words. Each
    /// word is (phoneme indices into the inventory, 1 … symbols − 1; frames it lasts). Frames start with
    /// <paramref name="leadFrames"/> of silence (index 0), words are separated by <paramref name="gapFrames"/> of
    /// silence, and silence fills the rest. Phoneme k of a word with P phonemes over n frames covers frames
    /// ⌊k·n/P⌋ … ⌊(k+1)·n/P⌋ − 1. Silence frames have both positions 0. Introduced in lesson 28.
    /// </summary>
    public static float[,] Encode(IReadOnlyList<(int[] Phonemes, int Frames)> words, int symbols, int leadFrames, int gapFrames, int totalFrames)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (symbols < 2) throw new ArgumentOutOfRangeException(nameof(symbols), symbols, "need silence and at least one phoneme");
        if (leadFrames < 0) throw new ArgumentOutOfRangeException(nameof(leadFrames), leadFrames, "must not be negative");
        if (gapFrames < 0) throw new ArgumentOutOfRangeException(nameof(gapFrames), gapFrames, "must not be negative");
        var needed = FramesNeeded(words.Select(w => w.Frames).ToList(), leadFrames, gapFrames);
        if (totalFrames < needed) throw new ArgumentOutOfRangeException(nameof(totalFrames), totalFrames, $"the words need {needed} frames with their silences");
        var x = new float[FeatureCount(symbols), totalFrames];
        for (var f = 0; f < totalFrames; f++) x[0, f] = 1;   // silence unless a word is there
        var at = leadFrames;
        foreach (var (phonemes, frames) in words)
        {
            ArgumentNullException.ThrowIfNull(phonemes, nameof(words));
            if (phonemes.Length == 0 || phonemes.Any(p => p <= 0 || p >= symbols))
                throw new ArgumentException($"each word needs phoneme indices in 1 … {symbols - 1} (0 is silence)", nameof(words));
            if (frames < phonemes.Length) throw new ArgumentException($"a word of {phonemes.Length} phonemes needs at least {phonemes.Length} frames, got {frames}", nameof(words));
            for (var k = 0; k < phonemes.Length; k++)
            {
                int start = k * frames / phonemes.Length, end = (k + 1) * frames / phonemes.Length;
                for (var f = start; f < end; f++)
                {
                    x[0, at + f] = 0;
                    x[phonemes[k], at + f] = 1;
                    x[symbols, at + f] = (f - start + 0.5f) / (end - start);
                    x[symbols + 1, at + f] = (f + 0.5f) / frames;
                }
            }
            at += frames + gapFrames;
        }
        return x;
    }

    /// <summary>Frames taken by words of the given lengths with their lead and gaps (no trailing silence). Introduced in lesson 28.</summary>
    public static int FramesNeeded(IReadOnlyList<int> wordFrames, int leadFrames, int gapFrames)
    {
        ArgumentNullException.ThrowIfNull(wordFrames);
        if (wordFrames.Count == 0) throw new ArgumentException("need at least one word", nameof(wordFrames));
        return leadFrames + wordFrames.Sum() + gapFrames * (wordFrames.Count - 1);
    }

    /// <summary>
    /// Where the speech is in a log mel spectrogram [mels, frames]: the first and last frame whose total energy
    /// (log of the summed mel energies) is within <paramref name="belowPeak"/> (natural-log units; 6 ≈ 26 dB) of the
    /// loudest frame. Returns (start, length). Used to measure how long a teacher says each word. Introduced in lesson 28.
    /// </summary>
    public static (int Start, int Length) SpeechSpan(Tensor logMel, double belowPeak = 6)
    {
        ArgumentNullException.ThrowIfNull(logMel);
        if (logMel.dim() != 2) throw new ArgumentException($"expected a log mel spectrogram [mels, frames], got [{string.Join(", ", logMel.shape)}]", nameof(logMel));
        if (!(belowPeak > 0)) throw new ArgumentOutOfRangeException(nameof(belowPeak), belowPeak, "must be positive");
        using var energy = logMel.detach().to(ScalarType.Float32).logsumexp(0);
        var e = energy.data<float>().ToArray();
        var threshold = e.Max() - belowPeak;
        int first = Array.FindIndex(e, v => v >= threshold), last = Array.FindLastIndex(e, v => v >= threshold);
        return (first, last - first + 1);
    }
}
