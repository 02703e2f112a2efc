using Curriculum.Data;
using TorchSharp;
using static TorchSharp.torch;

namespace Curriculum.Training;

/// <summary>The mean losses of one GAN epoch (or step). Introduced in lesson 07.</summary>
public sealed record GanLosses(double Discriminator, double Generator, double RealScore, double FakeScore);

/// <summary>
/// Training a conditional GAN with the standard, non-saturating losses: the discriminator minimises
/// BCE(D(real), 1) + BCE(D(G(z)), 0); the generator minimises BCE(D(G(z)), 1), i.e. maximises log D(G(z)).
/// Both on raw logits (BCE-with-logits). Introduced in lesson 07.
/// </summary>
public static class Gan
{
    /// <summary>
    /// Discriminator loss: mean BCE-with-logits of real logits against 1 plus mean BCE-with-logits of fake logits
    /// against 0. Introduced in lesson 07.
    /// </summary>
    public static Tensor DiscriminatorLoss(Tensor realLogits, Tensor fakeLogits)
    {
        ArgumentNullException.ThrowIfNull(realLogits);
        ArgumentNullException.ThrowIfNull(fakeLogits);
        using var scope = NewDisposeScope();
        var real = nn.functional.binary_cross_entropy_with_logits(realLogits, ones_like(realLogits));
        var fake = nn.functional.binary_cross_entropy_with_logits(fakeLogits, zeros_like(fakeLogits));
        return (real + fake).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// Non-saturating generator loss: mean BCE-with-logits of the discriminator's logits on fakes against 1, i.e.
    /// -mean log sigmoid(D(G(z))). Strong gradients exactly when the discriminator rejects the fakes. Introduced in lesson 07.
    /// </summary>
    public static Tensor GeneratorLoss(Tensor fakeLogits)
    {
        ArgumentNullException.ThrowIfNull(fakeLogits);
        using var ones = ones_like(fakeLogits);
        return nn.functional.binary_cross_entropy_with_logits(fakeLogits, ones);
    }

    /// <summary>
    /// One discriminator update on a batch of real images (in [-1, 1]) and their labels: fakes of the same labels are
    /// generated and DETACHED, so this step computes no gradients for the generator and leaves its weights unchanged.
    /// Returns the loss and the mean sigmoid scores on real and fake images. Introduced in lesson 07.
    /// </summary>
    public static GanLosses DiscriminatorStep(nn.Module<Tensor, Tensor, Tensor> generator, nn.Module<Tensor, Tensor, Tensor> discriminator,
        optim.Optimizer discriminatorOptimizer, Tensor realImages, Tensor labels, int noiseSize, Generator? random = null)
    {
        Validate(generator, discriminator, discriminatorOptimizer, realImages, labels, noiseSize);
        using var scope = NewDisposeScope();
        var fakes = generator.call(randn(labels.shape[0], noiseSize, generator: random), labels).detach();
        discriminatorOptimizer.zero_grad();
        var realLogits = discriminator.call(realImages, labels);
        var fakeLogits = discriminator.call(fakes, labels);
        var loss = DiscriminatorLoss(realLogits, fakeLogits);
        loss.backward();
        discriminatorOptimizer.step();
        return new GanLosses(loss.item<float>(), double.NaN, sigmoid(realLogits).mean().item<float>(), sigmoid(fakeLogits).mean().item<float>());
    }

    /// <summary>
    /// One generator update: fakes for <paramref name="labels"/> are scored by the discriminator and the generator
    /// minimises the non-saturating loss. Only the generator's optimizer steps (the discriminator's gradients are
    /// cleared again afterwards). Introduced in lesson 07.
    /// </summary>
    public static double GeneratorStep(nn.Module<Tensor, Tensor, Tensor> generator, nn.Module<Tensor, Tensor, Tensor> discriminator,
        optim.Optimizer generatorOptimizer, Tensor labels, int noiseSize, Generator? random = null)
    {
        ArgumentNullException.ThrowIfNull(generatorOptimizer);
        ArgumentNullException.ThrowIfNull(labels);
        using var scope = NewDisposeScope();
        generatorOptimizer.zero_grad();
        var fakes = generator.call(randn(labels.shape[0], noiseSize, generator: random), labels);
        var loss = GeneratorLoss(discriminator.call(fakes, labels));
        loss.backward();
        generatorOptimizer.step();
        foreach (var p in discriminator.parameters()) p.grad?.zero_();
        return loss.item<float>();
    }

    /// <summary>
    /// One epoch of alternating updates over shuffled mini-batches: a discriminator step, then a generator step, per
    /// batch. Returns the mean losses and scores. Introduced in lesson 07.
    /// </summary>
    public static GanLosses Epoch(nn.Module<Tensor, Tensor, Tensor> generator, nn.Module<Tensor, Tensor, Tensor> discriminator,
        optim.Optimizer generatorOptimizer, optim.Optimizer discriminatorOptimizer, Tensor realImages, Tensor labels,
        int noiseSize, int batchSize, Generator random)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (batchSize <= 0) throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "must be positive");
        generator.train();
        discriminator.train();
        double d = 0, g = 0, real = 0, fake = 0;
        var batches = 0;
        foreach (var (x, y) in Batches.Shuffled(realImages, labels, batchSize, random))
        {
            using (x)
            using (y)
            {
                var ds = DiscriminatorStep(generator, discriminator, discriminatorOptimizer, x, y, noiseSize, random);
                g += GeneratorStep(generator, discriminator, generatorOptimizer, y, noiseSize, random);
                d += ds.Discriminator;
                real += ds.RealScore;
                fake += ds.FakeScore;
                batches++;
            }
        }
        return new GanLosses(d / batches, g / batches, real / batches, fake / batches);
    }

    /// <summary>
    /// Generates images for <paramref name="labels"/> in evaluation mode without gradients; returns them as a tensor
    /// [N, 1, 8, 8] in [-1, 1]. Introduced in lesson 07.
    /// </summary>
    public static Tensor Sample(nn.Module<Tensor, Tensor, Tensor> generator, int[] labels, int noiseSize, Generator random)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Length == 0) throw new ArgumentException("need at least one label", nameof(labels));
        generator.eval();
        using var noGrad = no_grad();
        using var y = tensor(labels.Select(l => (long)l).ToArray());
        using var z = randn(labels.Length, noiseSize, generator: random);
        return generator.call(z, y);
    }

    /// <summary>Images of a data set as a tensor [N, 1, H, W] scaled from 0..MaxPixel to [-1, 1] (tanh range). Introduced in lesson 07.</summary>
    public static Tensor ToTanhRange(ImageDataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Count == 0) throw new ArgumentException("the data set has no images", nameof(data));
        var flat = data.Pixels.SelectMany(p => p.Select(v => v / data.MaxPixel * 2f - 1f)).ToArray();
        return tensor(flat, [data.Count, 1, data.Height, data.Width]);
    }

    /// <summary>Images in [-1, 1] back to one row-major pixel array per image in 0..<paramref name="maxPixel"/> (for ImageGrid). Introduced in lesson 07.</summary>
    public static float[][] ToPixels(Tensor images, float maxPixel = 16f)
    {
        ArgumentNullException.ThrowIfNull(images);
        if (images.dim() < 2) throw new ArgumentException($"expected [N, ...] images, got shape [{string.Join(", ", images.shape)}]", nameof(images));
        var n = (int)images.shape[0];
        var values = images.detach().flatten(1).to_type(ScalarType.Float32).data<float>().ToArray();
        var size = values.Length / n;
        return Enumerable.Range(0, n).Select(i => values.Skip(i * size).Take(size).Select(v => (Math.Clamp(v, -1f, 1f) + 1f) / 2f * maxPixel).ToArray()).ToArray();
    }

    private static void Validate(object generator, object discriminator, object optimizer, Tensor images, Tensor labels, int noiseSize)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(discriminator);
        ArgumentNullException.ThrowIfNull(optimizer);
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(labels);
        if (noiseSize <= 0) throw new ArgumentOutOfRangeException(nameof(noiseSize), noiseSize, "must be positive");
        if (labels.dim() != 1 || labels.shape[0] != images.shape[0])
            throw new ArgumentException($"expected one label per image ({images.shape[0]}), got shape [{string.Join(", ", labels.shape)}]", nameof(labels));
    }
}
