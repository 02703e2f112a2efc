using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Curriculum.Models;

/// <summary>
/// A small speech recogniser for CTC training (in the spirit of Deep Speech 2, Amodei et al. 2016, much smaller): two
/// 1-D convolutions over time on log mel frames [N, mels, frames] (the first with stride 2, halving the frame rate),
/// a bidirectional GRU that reads the whole utterance both ways (or, with <c>bidirectional: false</c>, only
/// forwards, as a streaming recogniser must), and a linear layer to per-frame scores for the blank
/// (class 0) and each symbol. Output: logits [N, ⌈frames / 2⌉, classes]. Introduced in lesson 23.
/// </summary>
public sealed class CtcRecognizer : Module<Tensor, Tensor>
{
    private readonly Module<Tensor, Tensor> conv1, bn1, conv2, bn2, dropout, classifier;
    private readonly GRU gru;
    private readonly int mels;

    public CtcRecognizer(int mels = 40, int classes = 11, int channels = 96, int hidden = 96, double dropoutRate = 0.1, bool bidirectional = true) : base(nameof(CtcRecognizer))
    {
        if (mels <= 0) throw new ArgumentOutOfRangeException(nameof(mels), mels, "must be positive");
        if (classes < 2) throw new ArgumentOutOfRangeException(nameof(classes), classes, "need the blank and at least one symbol");
        if (channels <= 0) throw new ArgumentOutOfRangeException(nameof(channels), channels, "must be positive");
        if (hidden <= 0) throw new ArgumentOutOfRangeException(nameof(hidden), hidden, "must be positive");
        if (dropoutRate is < 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(dropoutRate), dropoutRate, "must be in [0, 1)");
        this.mels = mels;
        conv1 = Conv1d(mels, channels, kernel_size: 5, stride: 2, padding: 2);
        bn1 = BatchNorm1d(channels);
        conv2 = Conv1d(channels, channels, kernel_size: 5, padding: 2);
        bn2 = BatchNorm1d(channels);
        gru = GRU(channels, hidden, batchFirst: true, bidirectional: bidirectional);
        dropout = Dropout(dropoutRate);
        classifier = Linear((bidirectional ? 2 : 1) * hidden, classes);
        RegisterComponents();
    }

    /// <summary>Frames out for <paramref name="frames"/> frames in: ⌊(frames − 1) / 2⌋ + 1.</summary>
    public static int OutputFrames(int frames) => (frames - 1) / 2 + 1;

    public override Tensor forward(Tensor input)
    {
        if (input.dim() != 3 || input.shape[1] != mels)
            throw new ArgumentException($"expected log mel frames shaped [N, {mels}, frames], got [{string.Join(", ", input.shape)}]", nameof(input));
        using var scope = NewDisposeScope();
        var x = functional.relu(bn1.call(conv1.call(input)));
        x = functional.relu(bn2.call(conv2.call(x)));
        var (sequence, _) = gru.call(x.transpose(1, 2), null);   // [N, frames', 2 * hidden] (hidden if one-directional)
        return classifier.call(dropout.call(sequence)).MoveToOuterDisposeScope();
    }
}
