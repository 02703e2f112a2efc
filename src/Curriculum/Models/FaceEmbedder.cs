using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Curriculum.Models;

/// <summary>
/// A small face-embedding CNN in the spirit of FaceNet (Schroff et al., 2015), sized for 32×32 grey faces: four 3×3
/// convolution blocks with batch normalisation and ReLU, each followed by 2×2 max-pooling
/// (1×32×32 → 16×16×16 → 32×8×8 → 64×4×4 → 64×2×2), then a linear layer to <c>embeddingSize</c> values scaled to unit
/// length. Two faces are compared by the distance (or cosine similarity) of their embeddings; the network never
/// outputs an identity, so it works for people it was not trained on. Introduced in lesson 13.
/// </summary>
public sealed class FaceEmbedder : Module<Tensor, Tensor>
{
    private readonly Module<Tensor, Tensor> conv1, bn1, conv2, bn2, conv3, bn3, conv4, bn4, pool, project;

    /// <summary>The length of the embedding vectors.</summary>
    public int EmbeddingSize { get; }

    public FaceEmbedder(int embeddingSize = 64, int channels = 16) : base(nameof(FaceEmbedder))
    {
        if (embeddingSize <= 0) throw new ArgumentOutOfRangeException(nameof(embeddingSize), embeddingSize, "must be positive");
        if (channels <= 0) throw new ArgumentOutOfRangeException(nameof(channels), channels, "must be positive");
        EmbeddingSize = embeddingSize;
        conv1 = Conv2d(1, channels, kernel_size: 3, padding: 1);
        bn1 = BatchNorm2d(channels);
        conv2 = Conv2d(channels, 2 * channels, kernel_size: 3, padding: 1);
        bn2 = BatchNorm2d(2 * channels);
        conv3 = Conv2d(2 * channels, 4 * channels, kernel_size: 3, padding: 1);
        bn3 = BatchNorm2d(4 * channels);
        conv4 = Conv2d(4 * channels, 4 * channels, kernel_size: 3, padding: 1);
        bn4 = BatchNorm2d(4 * channels);
        pool = MaxPool2d(kernel_size: 2);
        project = Linear(4 * channels * 2 * 2, embeddingSize);
        RegisterComponents();
    }

    /// <summary>Maps faces [N, 1, 32, 32] to unit-length embeddings [N, embeddingSize].</summary>
    public override Tensor forward(Tensor input)
    {
        if (input.dim() != 4 || input.shape[1] != 1 || input.shape[2] != 32 || input.shape[3] != 32)
            throw new ArgumentException($"expected faces shaped [N, 1, 32, 32], got [{string.Join(", ", input.shape)}]", nameof(input));
        using var scope = NewDisposeScope();
        var x = pool.call(functional.relu(bn1.call(conv1.call(input))));
        x = pool.call(functional.relu(bn2.call(conv2.call(x))));
        x = pool.call(functional.relu(bn3.call(conv3.call(x))));
        x = pool.call(functional.relu(bn4.call(conv4.call(x))));
        return functional.normalize(project.call(x.flatten(1)), p: 2, dim: 1).MoveToOuterDisposeScope();
    }
}
