using Curriculum.Models;
using Curriculum.Tests.Support;
using static TorchSharp.torch;

namespace Curriculum.Tests.Models;

/// <summary>The three small networks of lesson 16: CycleGenerator, PatchCritic and SmallImageCnn.</summary>
[Collection(TorchCollection.Name)]
public class CycleGanModelsTests
{
    [Fact]
    public void The_generator_maps_16x16_images_to_16x16_images_in_minus_1_to_1()
    {
        manual_seed(1);
        using var g = new CycleGenerator();
        using var x = rand(3, 1, 16, 16) * 2 - 1;
        using var y = g.call(x);
        Assert.Equal(new long[] { 3, 1, 16, 16 }, y.shape);
        Assert.True(y.abs().max().item<float>() <= 1);
        using var wrong = rand(3, 1, 8, 8);
        Assert.Contains("[3, 1, 8, 8]", Assert.Throws<ArgumentException>(() => g.call(wrong)).Message);
        Assert.Equal("channels", Assert.Throws<ArgumentOutOfRangeException>(() => new CycleGenerator(channels: 0)).ParamName);
    }

    [Fact]
    public void The_generator_has_one_residual_block_more_per_block_requested()
    {
        using var none = new CycleGenerator(channels: 8, residualBlocks: 0);
        using var two = new CycleGenerator(channels: 8, residualBlocks: 2);
        long Count(CycleGenerator g) => g.parameters().Sum(p => p.numel());
        // A block: two 3x3 convolutions 16→16 with bias (2 × (16·16·9 + 16)) and two affine instance norms (2 × 32).
        Assert.Equal(2 * (2 * (16 * 16 * 9 + 16) + 2 * 32), Count(two) - Count(none));
    }

    [Fact]
    public void The_critic_gives_a_4x4_grid_of_patch_logits_and_each_depends_only_on_its_patch()
    {
        manual_seed(2);
        using var critic = new PatchCritic();
        using var x = rand(2, 1, 16, 16);
        using var logits = critic.call(x);
        Assert.Equal(new long[] { 2, 4, 4 }, logits.shape);
        // Change the bottom-right corner pixel: the top-left patch logit cannot see it.
        using var changed = x.clone();
        changed[0, 0, 15, 15] = tensor(5f);
        using var after = critic.call(changed);
        Assert.Equal(logits[0, 0, 0].item<float>(), after[0, 0, 0].item<float>());
        Assert.NotEqual(logits[0, 3, 3].item<float>(), after[0, 3, 3].item<float>());
    }

    [Fact]
    public void The_small_cnn_gives_class_logits_for_16x16_images()
    {
        manual_seed(3);
        using var cnn = new SmallImageCnn(classes: 3);
        cnn.eval();
        using var x = rand(4, 1, 16, 16);
        using var logits = cnn.call(x);
        Assert.Equal(new long[] { 4, 3 }, logits.shape);
        Assert.Equal("classes", Assert.Throws<ArgumentOutOfRangeException>(() => new SmallImageCnn(classes: 1)).ParamName);
        using var wrong = rand(4, 1, 8, 8);
        Assert.Throws<ArgumentException>(() => cnn.call(wrong));
    }
}
