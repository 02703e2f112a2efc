using Curriculum.Models;
using Curriculum.Tests.Support;
using Curriculum.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace Curriculum.Tests.Training;

[Collection(TorchCollection.Name)]
public class CycleGanTests
{
    private static CycleGanModels Small() =>
        new(new CycleGenerator(channels: 4, residualBlocks: 1), new CycleGenerator(channels: 4, residualBlocks: 1), new PatchCritic(4), new PatchCritic(4));

    private static Tensor[] Copy(nn.Module m) => m.parameters().Select(p => p.detach().clone()).ToArray();

    private static bool Changed(nn.Module m, Tensor[] before) =>
        m.parameters().Zip(before).Any(pair => pair.First.detach().sub(pair.Second).abs().max().item<float>() > 0);

    [Fact]
    public void Cycle_loss_is_the_mean_absolute_difference()
    {
        using var a = tensor(new float[] { 0, 1, -1, 0.5f });
        using var b = tensor(new float[] { 0, 0, 1, 0.5f });
        Assert.Equal((0 + 1 + 2 + 0) / 4.0, CycleGan.CycleLoss(a, b).item<float>(), 6);
        Assert.Equal("roundTrip", Assert.Throws<ArgumentException>(() => CycleGan.CycleLoss(a, zeros(3))).ParamName);
    }

    [Fact]
    public void A_step_updates_all_four_networks_and_reports_finite_losses()
    {
        manual_seed(4);
        var m = Small();
        var genOpt = optim.Adam(m.AToB.parameters().Concat(m.BToA.parameters()), lr: 0.01);
        var criticOpt = optim.Adam(m.CriticA.parameters().Concat(m.CriticB.parameters()), lr: 0.01);
        using var a = rand(8, 1, 16, 16) * 2 - 1;
        using var b = rand(8, 1, 16, 16) * 2 - 1;
        var before = new[] { Copy(m.AToB), Copy(m.BToA), Copy(m.CriticA), Copy(m.CriticB) };

        var l = CycleGan.Step(m, genOpt, criticOpt, a, b);

        Assert.True(Changed(m.AToB, before[0]) && Changed(m.BToA, before[1]) && Changed(m.CriticA, before[2]) && Changed(m.CriticB, before[3]));
        Assert.All(new[] { l.CriticA, l.CriticB, l.Adversarial, l.Cycle }, v => Assert.True(double.IsFinite(v) && v > 0));
        Assert.Equal(0, l.Identity);

        // With an identity weight, the identity term |G(b) − b| + |F(a) − a| is reported; for these untrained
        // generators (outputs near 0, inputs spread over [-1, 1]) each mean absolute difference is about 0.5.
        var withIdentity = CycleGan.Step(m, genOpt, criticOpt, a, b, identityWeight: 5);
        Assert.InRange(withIdentity.Identity, 0.3, 2.0);
        Assert.Equal("identityWeight", Assert.Throws<ArgumentOutOfRangeException>(() => CycleGan.Step(m, genOpt, criticOpt, a, b, identityWeight: -1)).ParamName);
    }

    [Fact]
    public void The_cycle_loss_falls_when_only_the_cycle_is_trained()
    {
        manual_seed(5);
        var m = Small();
        var genOpt = optim.Adam(m.AToB.parameters().Concat(m.BToA.parameters()), lr: 0.01);
        var criticOpt = optim.SGD(m.CriticA.parameters().Concat(m.CriticB.parameters()), 0.0);
        using var a = rand(32, 1, 16, 16) * 2 - 1;
        using var b = rand(32, 1, 16, 16) * 2 - 1;
        using var random = new Generator(5);
        var first = CycleGan.Epoch(m, genOpt, criticOpt, a, b, batchSize: 16, random, cycleWeight: 100);
        CycleGanLosses last = first;
        for (var i = 0; i < 30; i++) last = CycleGan.Epoch(m, genOpt, criticOpt, a, b, 16, random, cycleWeight: 100);
        Assert.True(last.Cycle < 0.7 * first.Cycle, $"cycle loss {first.Cycle:0.000} → {last.Cycle:0.000}");
    }

    [Fact]
    public void An_epoch_pairs_A_with_an_independent_shuffle_of_B_and_refuses_too_few_images()
    {
        manual_seed(6);
        var m = Small();
        var genOpt = optim.Adam(m.AToB.parameters().Concat(m.BToA.parameters()), lr: 0.001);
        var criticOpt = optim.Adam(m.CriticA.parameters().Concat(m.CriticB.parameters()), lr: 0.001);
        using var a = rand(20, 1, 16, 16);
        using var b = rand(5, 1, 16, 16);
        using var random = new Generator(6);
        Assert.Equal("imagesB", Assert.Throws<ArgumentException>(() => CycleGan.Epoch(m, genOpt, criticOpt, a, b, 8, random)).ParamName);
        Assert.Equal("imagesA", Assert.Throws<ArgumentException>(() => CycleGan.Epoch(m, genOpt, criticOpt, b, a, 8, random)).ParamName);
        using var translated = CycleGan.Translate(m.AToB, a);
        Assert.Equal(new long[] { 20, 1, 16, 16 }, translated.shape);
        Assert.False(m.AToB.training);
    }
}
