using Curriculum.Audio;
using Curriculum.Tests.Support;
using static TorchSharp.torch;

namespace Curriculum.Tests.Audio;

[Collection(TorchCollection.Name)]
public class PhonemeFramesTests
{
    [Fact]
    public void Encode_lays_out_words_with_silences_and_splits_frames_equally_among_phonemes()
    {
        // 5 symbols (0 = silence); words [1, 2] over 4 frames and [3] over 2 frames; lead 1, gap 2, total 10.
        var x = PhonemeFrames.Encode([([1, 2], 4), ([3], 2)], symbols: 5, leadFrames: 1, gapFrames: 2, totalFrames: 10);

        Assert.Equal(7, x.GetLength(0));
        Assert.Equal(10, x.GetLength(1));
        var symbolOf = Enumerable.Range(0, 10).Select(f => Enumerable.Range(0, 5).Single(s => x[s, f] == 1)).ToArray();
        Assert.Equal([0, 1, 1, 2, 2, 0, 0, 3, 3, 0], symbolOf);
        // Position inside the phoneme (row 5) and inside the word (row 6), frame centres.
        Assert.Equal([0f, 0.25f, 0.75f, 0.25f, 0.75f, 0f, 0f, 0.25f, 0.75f, 0f], Enumerable.Range(0, 10).Select(f => x[5, f]));
        Assert.Equal([0f, 0.125f, 0.375f, 0.625f, 0.875f, 0f, 0f, 0.25f, 0.75f, 0f], Enumerable.Range(0, 10).Select(f => x[6, f]));
        Assert.Equal(1 + 4 + 2 + 2, PhonemeFrames.FramesNeeded([4, 2], 1, 2));
    }

    [Fact]
    public void Uneven_splits_cover_every_frame_once()
    {
        var x = PhonemeFrames.Encode([([1, 2, 3], 7)], symbols: 4, leadFrames: 0, gapFrames: 0, totalFrames: 7);
        var symbolOf = Enumerable.Range(0, 7).Select(f => Enumerable.Range(0, 4).Single(s => x[s, f] == 1)).ToArray();
        Assert.Equal([1, 1, 2, 2, 3, 3, 3], symbolOf);   // ⌊k·7/3⌋: 0, 2, 4, 7
    }

    [Fact]
    public void Encode_rejects_what_does_not_fit()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PhonemeFrames.Encode([([1], 5)], 3, 2, 0, 6));       // needs 7 frames
        Assert.Throws<ArgumentException>(() => PhonemeFrames.Encode([([0], 5)], 3, 0, 0, 5));                   // silence is not a phoneme
        Assert.Throws<ArgumentException>(() => PhonemeFrames.Encode([([3], 5)], 3, 0, 0, 5));                   // outside the inventory
        Assert.Throws<ArgumentException>(() => PhonemeFrames.Encode([([1, 2, 1], 2)], 3, 0, 0, 5));             // fewer frames than phonemes
    }

    [Fact]
    public void Speech_span_finds_a_tone_burst_between_silences()
    {
        // 0.2 s silence, 0.3 s of 440 Hz, 0.2 s silence at 16 kHz.
        var signal = new float[11200];
        for (var n = 3200; n < 8000; n++) signal[n] = (float)(0.5 * Math.Sin(2 * Math.PI * 440 * n / 16000));
        using var mel = AudioFeatures.LogMel([signal], signal.Length, nFft: 512, hop: 128, nMels: 40);

        var (start, length) = PhonemeFrames.SpeechSpan(mel[0]);

        // Frames start every 128 samples and are 512 long: the first to touch the tone starts at 3200 − 511 (frame 21),
        // the last starts at 7999 (frame 62); the frames that only graze it are far quieter and fall below 26 dB.
        Assert.InRange(start, 21, 25);
        Assert.InRange(start + length - 1, 58, 62);
        Assert.Throws<ArgumentException>(() => PhonemeFrames.SpeechSpan(mel));
    }
}
