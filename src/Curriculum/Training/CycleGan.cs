using TorchSharp;
using static TorchSharp.torch;

namespace Curriculum.Training;

/// <summary>Mean losses of one CycleGAN epoch (or step): the two critics, the generators' adversarial and cycle terms, and the identity term (0 when unused). Introduced in lesson 16.</summary>
public sealed record CycleGanLosses(double CriticA, double CriticB, double Adversarial, double Cycle, double Identity);

/// <summary>The four networks of a CycleGAN: G translates A → B, F translates B → A; critic A judges "is this a real A?", critic B "a real B?". Introduced in lesson 16.</summary>
public sealed record CycleGanModels(nn.Module<Tensor, Tensor> AToB, nn.Module<Tensor, Tensor> BToA,
    nn.Module<Tensor, Tensor> CriticA, nn.Module<Tensor, Tensor> CriticB);

/// <summary>
/// Unpaired image-to-image translation (CycleGAN, Zhu et al., 2017). Generators G: A → B and F: B → A are trained so
/// that G(a) fools critic B and F(b) fools critic A (the non-saturating GAN loss of lesson 07, on patch logits), and
/// so that translating there and back gives the input again: cycle loss |F(G(a)) − a| + |G(F(b)) − b| (mean absolute
/// error). No pairs are needed: A and B images are drawn independently. Optional identity loss |G(b) − b| + |F(a) − a|.
/// Introduced in lesson 16.
/// </summary>
public static class CycleGan
{
    /// <summary>Cycle-consistency loss: mean absolute difference between the input and its round trip. Introduced in lesson 16.</summary>
    public static Tensor CycleLoss(Tensor original, Tensor roundTrip)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(roundTrip);
        if (!original.shape.SequenceEqual(roundTrip.shape))
            throw new ArgumentException($"shapes differ: [{string.Join(", ", original.shape)}] vs [{string.Join(", ", roundTrip.shape)}]", nameof(roundTrip));
        return (original - roundTrip).abs().mean();
    }

    /// <summary>
    /// One training step on a batch of A images and an (independently drawn) batch of B images, both in [-1, 1]:
    /// first the generators (adversarial + <paramref name="cycleWeight"/> × cycle + <paramref name="identityWeight"/> ×
    /// identity), with the critics' gradients cleared afterwards; then each critic on real images against DETACHED
    /// translations. Every tensor lives in this step's dispose scope. Introduced in lesson 16.
    /// </summary>
    public static CycleGanLosses Step(CycleGanModels models, optim.Optimizer generatorOptimizer, optim.Optimizer criticOptimizer,
        Tensor realA, Tensor realB, double cycleWeight = 10, double identityWeight = 0)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(generatorOptimizer);
        ArgumentNullException.ThrowIfNull(criticOptimizer);
        ArgumentNullException.ThrowIfNull(realA);
        ArgumentNullException.ThrowIfNull(realB);
        if (cycleWeight < 0) throw new ArgumentOutOfRangeException(nameof(cycleWeight), cycleWeight, "must be non-negative");
        if (identityWeight < 0) throw new ArgumentOutOfRangeException(nameof(identityWeight), identityWeight, "must be non-negative");
        using var scope = NewDisposeScope();

        generatorOptimizer.zero_grad();
        var fakeB = models.AToB.call(realA);
        var fakeA = models.BToA.call(realB);
        var adversarial = Gan.GeneratorLoss(models.CriticB.call(fakeB)) + Gan.GeneratorLoss(models.CriticA.call(fakeA));
        var cycle = CycleLoss(realA, models.BToA.call(fakeB)) + CycleLoss(realB, models.AToB.call(fakeA));
        var total = adversarial + cycleWeight * cycle;
        var identity = 0.0;
        if (identityWeight > 0)
        {
            var idLoss = CycleLoss(realB, models.AToB.call(realB)) + CycleLoss(realA, models.BToA.call(realA));
            total = total + identityWeight * idLoss;
            identity = idLoss.item<float>();
        }
        total.backward();
        generatorOptimizer.step();
        foreach (var p in models.CriticA.parameters().Concat(models.CriticB.parameters())) p.grad?.zero_();

        criticOptimizer.zero_grad();
        var criticA = Gan.DiscriminatorLoss(models.CriticA.call(realA), models.CriticA.call(fakeA.detach()));
        var criticB = Gan.DiscriminatorLoss(models.CriticB.call(realB), models.CriticB.call(fakeB.detach()));
        (criticA + criticB).backward();
        criticOptimizer.step();

        return new CycleGanLosses(criticA.item<float>(), criticB.item<float>(), adversarial.item<float>(), cycle.item<float>(), identity);
    }

    /// <summary>
    /// One epoch over the A images in shuffled mini-batches, each paired with a batch of B images drawn by an
    /// INDEPENDENT shuffle of B (so no A image is ever matched with its own counterpart: the setting is unpaired).
    /// Sets all four networks to training mode; returns the mean losses. Introduced in lesson 16.
    /// </summary>
    public static CycleGanLosses Epoch(CycleGanModels models, optim.Optimizer generatorOptimizer, optim.Optimizer criticOptimizer,
        Tensor imagesA, Tensor imagesB, int batchSize, Generator random, double cycleWeight = 10, double identityWeight = 0)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(imagesA);
        ArgumentNullException.ThrowIfNull(imagesB);
        ArgumentNullException.ThrowIfNull(random);
        if (batchSize <= 0) throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "must be positive");
        if (imagesB.shape[0] < batchSize) throw new ArgumentException($"need at least one batch ({batchSize}) of B images, got {imagesB.shape[0]}", nameof(imagesB));
        foreach (var m in new[] { models.AToB, models.BToA, models.CriticA, models.CriticB }) m.train();
        using var orderA = randperm(imagesA.shape[0], generator: random);
        using var orderB = randperm(imagesB.shape[0], generator: random);
        double ca = 0, cb = 0, adv = 0, cyc = 0, id = 0;
        var steps = 0;
        for (long start = 0; start + batchSize <= imagesA.shape[0]; start += batchSize, steps++)
        {
            using var scope = NewDisposeScope();
            var bStart = steps * (long)batchSize % (imagesB.shape[0] - batchSize + 1);
            var a = imagesA.index_select(0, orderA.narrow(0, start, batchSize));
            var b = imagesB.index_select(0, orderB.narrow(0, bStart, batchSize));
            var l = Step(models, generatorOptimizer, criticOptimizer, a, b, cycleWeight, identityWeight);
            ca += l.CriticA; cb += l.CriticB; adv += l.Adversarial; cyc += l.Cycle; id += l.Identity;
        }
        if (steps == 0) throw new ArgumentException($"need at least one batch ({batchSize}) of A images, got {imagesA.shape[0]}", nameof(imagesA));
        return new CycleGanLosses(ca / steps, cb / steps, adv / steps, cyc / steps, id / steps);
    }

    /// <summary>Translates <paramref name="images"/> with a generator in evaluation mode, without gradients, in batches. Introduced in lesson 16.</summary>
    public static Tensor Translate(nn.Module<Tensor, Tensor> generator, Tensor images, int batchSize = 256) =>
        Predict.Outputs(generator, images, batchSize);
}
