using Curriculum.Data;
using Curriculum.Models;
using Curriculum.Tests.Support;
using Curriculum.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace Curriculum.Tests.Training;

[Collection(TorchCollection.Name)]
public class GanTests
{
    private static double Bce(double logit, double target)
    {
        var p = 1 / (1 + Math.Exp(-logit));
        return -(target * Math.Log(p) + (1 - target) * Math.Log(1 - p));
    }

    private static bool Same(Tensor a, Tensor b) => a.detach().sub(b).abs().max().item<float>() == 0;

    [Fact]
    public void Discriminator_loss_equals_hand_computed_BCE_on_known_logits()
    {
        using var real = tensor(new[] { 2f, -1f });
        using var fake = tensor(new[] { 0f, 3f });
        var expected = (Bce(2, 1) + Bce(-1, 1)) / 2 + (Bce(0, 0) + Bce(3, 0)) / 2; // 0.7201 + 1.8963

        using var loss = Gan.DiscriminatorLoss(real, fake);

        Assert.Equal(expected, loss.item<float>(), 5);
        Assert.Equal(2 * Math.Log(2), Gan.DiscriminatorLoss(zeros(3), zeros(3)).item<float>(), 5); // "cannot tell" = ln 4
    }

    [Fact]
    public void Generator_loss_is_the_non_saturating_minus_log_D()
    {
        using var fake = tensor(new[] { -4f, 1f });
        var expected = (Bce(-4, 1) + Bce(1, 1)) / 2; // -mean log sigmoid(logit)

        using var loss = Gan.GeneratorLoss(fake);
        Assert.Equal(expected, loss.item<float>(), 5);

        // Non-saturating: when D confidently rejects a fake (logit -4), the gradient is still large (≈ -sigmoid(4)/n).
        using var rejected = tensor(new[] { -4f }, requires_grad: true);
        Gan.GeneratorLoss(rejected).backward();
        Assert.Equal(-1 / (1 + Math.Exp(-4)), rejected.grad!.item<float>(), 4);
    }

    [Fact]
    public void The_discriminator_step_does_not_change_the_generator_and_leaves_it_no_gradients()
    {
        manual_seed(4);
        using var g = new DigitsGenerator(noiseSize: 4, hidden: 8);
        using var d = new DigitsDiscriminator(hidden: 8);
        var before = g.parameters().Select(p => p.detach().clone()).ToArray();
        var dBefore = d.parameters().Select(p => p.detach().clone()).ToArray();
        var optD = optim.Adam(d.parameters(), lr: 0.01);
        using var real = rand(6, 1, 8, 8) * 2 - 1;
        using var labels = tensor(new long[] { 0, 1, 2, 3, 4, 5 });

        var result = Gan.DiscriminatorStep(g, d, optD, real, labels, noiseSize: 4, new Generator(1));

        Assert.All(g.parameters().Zip(before), pair => Assert.True(Same(pair.First, pair.Second)));
        Assert.All(g.parameters(), p => Assert.True(p.grad is null || p.grad.abs().sum().item<float>() == 0));
        Assert.Contains(d.parameters().Zip(dBefore), pair => !Same(pair.First, pair.Second));
        Assert.InRange(result.RealScore, 0, 1);
        Assert.InRange(result.FakeScore, 0, 1);
    }

    [Fact]
    public void The_generator_step_changes_only_the_generator_and_raises_D_of_G()
    {
        manual_seed(5);
        using var g = new DigitsGenerator(noiseSize: 4, hidden: 8);
        using var d = new DigitsDiscriminator(hidden: 8, dropoutRate: 0);
        var dBefore = d.parameters().Select(p => p.detach().clone()).ToArray();
        var gBefore = g.parameters().Select(p => p.detach().clone()).ToArray();
        var optG = optim.SGD(g.parameters(), 0.05);
        using var labels = tensor(new long[] { 1, 2, 3, 4 });
        double Loss() { using var _ = no_grad(); return Gan.GeneratorLoss(d.call(g.call(randn(4, 4, generator: new Generator(9)), labels), labels)).item<float>(); }
        var lossBefore = Loss();

        Gan.GeneratorStep(g, d, optG, labels, noiseSize: 4, new Generator(9));

        Assert.All(d.parameters().Zip(dBefore), pair => Assert.True(Same(pair.First, pair.Second)));
        Assert.All(d.parameters(), p => Assert.True(p.grad is null || p.grad.abs().sum().item<float>() == 0));
        Assert.Contains(g.parameters().Zip(gBefore), pair => !Same(pair.First, pair.Second));
        Assert.True(Loss() < lossBefore, "a small SGD step on the same noise should lower the generator loss");
    }

    [Fact]
    public void An_epoch_is_repeatable_with_the_same_seeds()
    {
        GanLosses Run()
        {
            manual_seed(6);
            using var g = new DigitsGenerator(noiseSize: 4, hidden: 8);
            using var d = new DigitsDiscriminator(hidden: 8);
            using var x = rand(10, 1, 8, 8, generator: new Generator(2)) * 2 - 1;
            using var y = tensor(Enumerable.Range(0, 10).Select(i => (long)i).ToArray());
            return Gan.Epoch(g, d, optim.Adam(g.parameters()), optim.Adam(d.parameters()), x, y, 4, batchSize: 4, new Generator(3));
        }
        var a = Run();
        var b = Run();
        Assert.Equal(a, b);
        Assert.True(a.Discriminator > 0 && a.Generator > 0);
    }

    [Fact]
    public void Scaling_to_the_tanh_range_and_back_round_trips()
    {
        var data = new ImageDataset([new float[] { 0, 8, 16, 4 }], [0], 2, 2, 1, 16f);
        using var t = Gan.ToTanhRange(data);
        Assert.Equal(new long[] { 1, 1, 2, 2 }, t.shape);
        Assert.Equal(new[] { -1f, 0f, 1f, -0.5f }, t.flatten().data<float>().ToArray());
        Assert.Equal(new[] { 0f, 8f, 16f, 4f }, Gan.ToPixels(t)[0]);
        using var outside = tensor(new[] { -3f, 2f }).reshape(1, 2);
        Assert.Equal(new[] { 0f, 16f }, Gan.ToPixels(outside)[0]); // clamped
    }

    [Fact]
    public void Sample_returns_one_image_per_label_and_rejects_bad_arguments()
    {
        manual_seed(7);
        using var g = new DigitsGenerator(noiseSize: 4, hidden: 8);
        using var s = Gan.Sample(g, [0, 5, 9], 4, new Generator(1));
        Assert.Equal(new long[] { 3, 1, 8, 8 }, s.shape);
        Assert.False(s.requires_grad);
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => Gan.Sample(g, [], 4, new Generator(1))).ParamName);
        using var d = new DigitsDiscriminator(hidden: 8);
        using var x = rand(3, 1, 8, 8);
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() =>
            Gan.DiscriminatorStep(g, d, optim.Adam(d.parameters()), x, tensor(new long[] { 0, 1 }), 4)).ParamName);
    }
}
