using Curriculum.Data;
using Curriculum.Models;
using Curriculum.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace Curriculum.Audio;

/// <summary>
/// A pretrained digit-string recogniser used as an automatic listener: lesson 23's <see cref="CtcRecognizer"/> (40 mel
/// bands every 20 ms, conv + bidirectional GRU, CTC), trained once on the speech corpus's 28 training voices by
/// data/derive-speech-judge.sh (seeded; about a minute) and stored in data/speech-judge.bin. Features are standardised
/// with the training voices' per-band mean and deviation, as in training. Introduced in lesson 28.
/// </summary>
public sealed class SpeechJudge : IDisposable
{
    /// <summary>The weights' file in data/ (checksum-verified).</summary>
    public const string FileName = "speech-judge.bin";
    public const int Mels = 40, Hop = 320, FftSize = 512, Channels = 96, Hidden = 96;

    /// <summary>Clip length the features are padded to (1.9 s, the corpus's longest clip).</summary>
    public const int Samples = 30400;

    private readonly Tensor _mean, _std;

    private SpeechJudge(CtcRecognizer model, Tensor mean, Tensor std)
    {
        Model = model;
        _mean = mean;
        _std = std;
    }

    /// <summary>The recogniser (in eval mode once loaded).</summary>
    public CtcRecognizer Model { get; }

    /// <summary>An untrained recogniser of the judge's shape, and the training voices' feature statistics (what the derive script trains).</summary>
    public static SpeechJudge Untrained(IReadOnlyList<SpeechClip> corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var training = corpus.Where(c => !c.IsTest).Select(c => c.Samples).ToList();
        if (training.Count == 0) throw new ArgumentException("the corpus has no training clips (IsTest false)", nameof(corpus));
        using var raw = RawFeatures(training, Samples);
        return new SpeechJudge(new CtcRecognizer(mels: Mels, classes: 11, channels: Channels, hidden: Hidden),
            raw.mean([0, 2], keepdim: true), raw.std([0, 2], keepdim: true));
    }

    /// <summary>The pretrained judge: data/speech-judge.bin loaded into <see cref="Untrained"/>'s recogniser. Introduced in lesson 28.</summary>
    public static SpeechJudge Load(IReadOnlyList<SpeechClip> corpus)
    {
        var path = DataFiles.PathOf(FileName);   // a missing or changed file is reported before any work
        var judge = Untrained(corpus);
        try { judge.Model.load(path); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            judge.Dispose();
            throw new InvalidDataException($"data/{FileName} does not hold the judge's weights ({e.Message}). {DataFiles.Restore(FileName)}", e);
        }
        judge.Model.eval();
        return judge;
    }

    /// <summary>Standardised log mel features [N, 40, frames] of clips (16 kHz), padded to at least 1.9 s.</summary>
    public Tensor Features(IReadOnlyList<float[]> clips)
    {
        ArgumentNullException.ThrowIfNull(clips);
        if (clips.Count == 0) throw new ArgumentException("need at least one clip", nameof(clips));
        using var raw = RawFeatures(clips, Math.Max(Samples, clips.Max(c => c.Length)));
        return (raw - _mean) / _std;
    }

    /// <summary>What the judge hears in each clip, as digit words ("four two").</summary>
    public string[] Transcribe(IReadOnlyList<float[]> clips)
    {
        using var x = Features(clips);
        return Transcribe(x);
    }

    /// <summary>What the judge hears, from features made by <see cref="Features"/>.</summary>
    public string[] Transcribe(Tensor features)
    {
        using var logits = Predict.Outputs(Model, features);
        return Ctc.Greedy(logits).Select(s => string.Join(" ", s.Select(k => SpeechDigits.Words[k - 1]))).ToArray();
    }

    private static Tensor RawFeatures(IReadOnlyList<float[]> clips, int samples) =>
        AudioFeatures.LogMel(clips, samples, nFft: FftSize, hop: Hop, nMels: Mels);

    public void Dispose()
    {
        Model.Dispose();
        _mean.Dispose();
        _std.Dispose();
    }
}
