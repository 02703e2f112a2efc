using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Curriculum.Models;

/// <summary>
/// A small CNN for spoken keywords on log mel spectrograms treated as one-channel images [N, 1, mels, frames]: three
/// blocks of 3×3 convolution, batch normalisation, ReLU and 2×2 max-pooling, then the average over the remaining
/// frequency × time positions (so a word spoken earlier or later gives the same features), dropout and a linear layer
/// to one logit per keyword (in the spirit of Sainath &amp; Parada 2015, "CNNs for small-footprint keyword spotting").
/// Introduced in lesson 15.
/// </summary>
public sealed class KeywordCnn : Module<Tensor, Tensor>
{
    private readonly Module<Tensor, Tensor> conv1, bn1, conv2, bn2, conv3, bn3, pool, globalPool, dropout, classifier;

    public KeywordCnn(int classes = 10, int channels = 32, double dropoutRate = 0.3) : base(nameof(KeywordCnn))
    {
        if (classes < 2) throw new ArgumentOutOfRangeException(nameof(classes), classes, "need at least 2 classes");
        if (channels <= 0) throw new ArgumentOutOfRangeException(nameof(channels), channels, "must be positive");
        if (dropoutRate is < 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(dropoutRate), dropoutRate, "must be in [0, 1)");
        conv1 = Conv2d(1, channels / 2, kernel_size: 3, padding: 1);
        bn1 = BatchNorm2d(channels / 2);
        conv2 = Conv2d(channels / 2, channels, kernel_size: 3, padding: 1);
        bn2 = BatchNorm2d(channels);
        conv3 = Conv2d(channels, channels * 2, kernel_size: 3, padding: 1);
        bn3 = BatchNorm2d(channels * 2);
        pool = MaxPool2d(kernel_size: 2);
        globalPool = AdaptiveAvgPool2d(1);
        dropout = Dropout(dropoutRate);
        classifier = Linear(channels * 2, classes);
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        if (input.dim() != 4 || input.shape[1] != 1 || input.shape[2] < 8 || input.shape[3] < 8)
            throw new ArgumentException($"expected spectrograms shaped [N, 1, mels ≥ 8, frames ≥ 8], got [{string.Join(", ", input.shape)}]", nameof(input));
        using var scope = NewDisposeScope();
        var x = pool.call(functional.relu(bn1.call(conv1.call(input))));
        x = pool.call(functional.relu(bn2.call(conv2.call(x))));
        x = pool.call(functional.relu(bn3.call(conv3.call(x))));
        return classifier.call(dropout.call(globalPool.call(x).flatten(1))).MoveToOuterDisposeScope();
    }
}
