using Curriculum.Data;
using Curriculum.Models;
using Curriculum.Tests.Support;
using Curriculum.Vision;
using static TorchSharp.torch;

namespace Curriculum.Tests.Models;

[Collection(TorchCollection.Name)]
public class DigitsCnnTests
{
    [Fact]
    public void Maps_N_images_of_1x8x8_to_N_rows_of_10_logits()
    {
        manual_seed(1);
        using var model = new DigitsCnn();
        model.eval();
        using var x = rand(5, 1, 8, 8);

        using var logits = model.call(x);

        Assert.Equal(new long[] { 5, 10 }, logits.shape);
        Assert.Equal(ScalarType.Float32, logits.dtype);
    }

    [Theory]
    [InlineData(new long[] { 2, 64 }, "[2, 64]")]
    [InlineData(new long[] { 3, 1, 28, 28 }, "[3, 1, 28, 28]")]
    [InlineData(new long[] { 3, 3, 8, 8 }, "[3, 3, 8, 8]")]
    public void A_wrong_input_shape_names_the_shape(long[] shape, string text)
    {
        using var model = new DigitsCnn();
        using var x = zeros(shape);

        var e = Assert.Throws<ArgumentException>(() => model.call(x));

        Assert.Equal("input", e.ParamName);
        Assert.Contains("expected images shaped [N, 1, 8, 8], got " + text, e.Message);
    }

    [Fact]
    public void Every_layer_is_registered_and_the_weight_count_matches_the_architecture()
    {
        using var model = new DigitsCnn();

        Assert.Equal(new[] { "bn1", "bn2", "bn3", "classifier", "conv1", "conv2", "conv3", "dropout", "pool" },
            model.named_children().Select(c => c.name).Order(StringComparer.Ordinal));
        var shapes = model.named_parameters().ToDictionary(p => p.name, p => p.parameter.shape);
        Assert.Equal(new long[] { 32, 1, 3, 3 }, shapes["conv1.weight"]);
        Assert.Equal(new long[] { 64, 32, 3, 3 }, shapes["conv2.weight"]);
        Assert.Equal(new long[] { 64, 64, 3, 3 }, shapes["conv3.weight"]);
        Assert.Equal(new long[] { 10, 256 }, shapes["classifier.weight"]);
        // conv1 1*32*9 + 32 = 320, bn1 2*32 = 64, conv2 32*64*9 + 64 = 18,496, bn2 128, conv3 64*64*9 + 64 = 36,928,
        // bn3 128, classifier 256*10 + 10 = 2,570: 58,634 ("about 58,000").
        Assert.Equal(58_634, model.parameters().Sum(p => p.numel()));
        Assert.Equal(14, shapes.Count); // weight and bias of 7 layers
        // Batch-norm statistics are buffers, saved with the model too.
        Assert.Contains("bn1.running_mean", model.state_dict().Keys);
    }

    [Fact]
    public void Custom_widths_change_the_weight_count_as_computed()
    {
        using var model = new DigitsCnn(channels1: 8, channels2: 16, classes: 3);
        // (1*8*9+8) + 16 + (8*16*9+16) + 32 + (16*16*9+16) + 32 + (64*3+3) = 80 + 16 + 1168 + 32 + 2320 + 32 + 195
        Assert.Equal(3_843, model.parameters().Sum(p => p.numel()));
        using var x = zeros(2, 1, 8, 8);
        model.eval();
        using var logits = model.call(x);
        Assert.Equal(new long[] { 2, 3 }, logits.shape);
    }

    [Fact]
    public void Constructor_errors_name_the_parameter()
    {
        Assert.Equal("channels1", Assert.Throws<ArgumentOutOfRangeException>(() => new DigitsCnn(channels1: 0)).ParamName);
        Assert.Equal("channels2", Assert.Throws<ArgumentOutOfRangeException>(() => new DigitsCnn(channels2: -1)).ParamName);
        Assert.Equal("dropoutRate", Assert.Throws<ArgumentOutOfRangeException>(() => new DigitsCnn(dropoutRate: 1)).ParamName);
        Assert.Equal("classes", Assert.Throws<ArgumentOutOfRangeException>(() => new DigitsCnn(classes: 1)).ParamName);
    }

    [Fact]
    public void First_layer_maps_and_filters_have_the_documented_shapes()
    {
        manual_seed(2);
        using var model = new DigitsCnn();
        model.eval();
        using var x = rand(3, 1, 8, 8);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = Tensor.TotalCount;

        using (var maps = model.FirstLayerMaps(x))
        {
            Assert.Equal(before + 1, Tensor.TotalCount); // only the result is left, no intermediate tensors
            Assert.Equal(new long[] { 3, 32, 8, 8 }, maps.shape);
            using var min = maps.min();
            Assert.True(min.item<float>() >= 0); // after ReLU
            Assert.False(maps.requires_grad);
        }
        using var filters = model.FirstLayerFilters();
        Assert.Equal(new long[] { 32, 1, 3, 3 }, filters.shape);
        Assert.False(filters.requires_grad);
    }

    [Fact]
    public void It_can_overfit_20_digits_which_shows_gradients_reach_every_layer()
    {
        manual_seed(3);
        var digits = Datasets.Digits().Subset(Enumerable.Range(0, 20).ToArray());
        var (x, y) = ImageTensors.ToTensors(digits);
        using var _x = x;
        using var _y = y;
        using var model = new DigitsCnn();
        using var optimizer = optim.Adam(model.parameters(), lr: 0.01);
        var firstWeights = model.named_parameters().ToDictionary(p => p.name, p => p.parameter.detach().clone());

        model.train();
        for (var step = 0; step < 40; step++)
        {
            using var scope = NewDisposeScope();
            optimizer.zero_grad();
            nn.functional.cross_entropy(model.call(x), y).backward();
            optimizer.step();
        }
        model.eval();
        using var logits = model.call(x);
        using var predicted = logits.argmax(1);

        Assert.Equal(y.data<long>().ToArray(), predicted.data<long>().ToArray());
        foreach (var (name, parameter) in model.named_parameters())
        {
            using var start = firstWeights[name];
            // A convolution's bias is cancelled by the batch norm after it (its gradient is ~0), so only weights and
            // the batch-norm and classifier parameters must have moved.
            if (name.StartsWith("conv") && name.EndsWith(".bias")) continue;
            Assert.False(parameter.allclose(start, rtol: 0, atol: 0), $"{name} did not change");
        }
    }
}
