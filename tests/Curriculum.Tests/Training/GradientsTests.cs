using Curriculum.Tests.Support;
using Curriculum.Training;
using static TorchSharp.torch;

namespace Curriculum.Tests.Training;

[Collection(TorchCollection.Name)]
public class GradientsTests
{
    private static (nn.Module<Tensor, Tensor> Model, Tensor X, Tensor Y) Setup(int rows)
    {
        manual_seed(4);
        var model = nn.Sequential(("fc1", nn.Linear(3, 8)), ("relu", nn.ReLU()), ("fc2", nn.Linear(8, 1)));
        return (model, randn(rows, 3), randn(rows, 1));
    }

    private static Tensor Mse(Tensor output, Tensor target) => (output - target).square().mean();

    [Fact]
    public void Flatten_of_a_linear_model_matches_the_gradient_by_hand()
    {
        // Loss = mean((w·x + b − y)²) over two rows; w = 0, b = 0: dL/dw = mean(−2 y x), dL/db = mean(−2 y).
        var model = nn.Linear(2, 1);
        using (no_grad()) { model.weight!.zero_(); model.bias!.zero_(); }
        using var x = tensor(new float[,] { { 1, 2 }, { 3, 4 } });
        using var y = tensor(new float[,] { { 1 }, { 2 } });

        var g = Gradients.BigBatch(model, Mse, x, y);

        Assert.Equal(new[] { -7f, -10f, -3f }, g); // −(1·1 + 2·3), −(1·2 + 2·4), −(1 + 2)
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(64)]
    [InlineData(100)]
    public void Accumulated_micro_batches_equal_the_big_batch(int microBatch)
    {
        var (model, x, y) = Setup(100);

        var big = Gradients.BigBatch(model, Mse, x, y);
        var accumulated = Gradients.Accumulated(model, Mse, x, y, microBatch);

        Assert.True(Gradients.MaxAbsDifference(big, accumulated) < 1e-5, $"difference {Gradients.MaxAbsDifference(big, accumulated)}");
        Assert.Contains(big, v => Math.Abs(v) > 1e-3); // the gradient is not trivially zero
    }

    [Fact]
    public void Data_parallel_average_equals_the_big_batch_when_weighted_by_shard_size()
    {
        var (model, x, y) = Setup(100);
        var big = Gradients.BigBatch(model, Mse, x, y);

        var even = Gradients.DataParallel(model, Mse, x, y, workers: 4);
        var uneven = Gradients.DataParallel(model, Mse, x, y, workers: 3, shardSizes: [10, 30, 60]);
        var naive = Gradients.DataParallel(model, Mse, x, y, workers: 3, shardSizes: [10, 30, 60], weightByShardSize: false);

        Assert.True(Gradients.MaxAbsDifference(big, even) < 1e-5);
        Assert.True(Gradients.MaxAbsDifference(big, uneven) < 1e-5);
        // A plain mean of uneven shards' gradients is NOT the big-batch gradient.
        Assert.True(Gradients.MaxAbsDifference(big, naive) > 1e-3, $"difference {Gradients.MaxAbsDifference(big, naive)}");
    }

    [Fact]
    public void Forgetting_to_scale_the_micro_batch_losses_gives_a_gradient_k_times_too_big()
    {
        var (model, x, y) = Setup(64);
        var big = Gradients.BigBatch(model, Mse, x, y);

        model.zero_grad();
        for (var start = 0; start < 64; start += 16)
            Mse(model.call(x.narrow(0, start, 16)), y.narrow(0, start, 16)).backward();
        var unscaled = Gradients.Flatten(model);

        Assert.True(Gradients.MaxAbsDifference(big.Select(v => 4 * v).ToArray(), unscaled) < 1e-5);
    }

    [Fact]
    public void Bad_arguments_name_the_argument()
    {
        var (model, x, y) = Setup(10);
        using var y9 = zeros(9, 1);
        Assert.Equal("microBatch", Assert.Throws<ArgumentOutOfRangeException>(() => Gradients.Accumulated(model, Mse, x, y, 0)).ParamName);
        Assert.Equal("y", Assert.Throws<ArgumentException>(() => Gradients.Accumulated(model, Mse, x, y9, 2)).ParamName);
        Assert.Equal("workers", Assert.Throws<ArgumentOutOfRangeException>(() => Gradients.DataParallel(model, Mse, x, y, 0)).ParamName);
        Assert.Contains("add up to the 10 rows", Assert.Throws<ArgumentException>(() => Gradients.DataParallel(model, Mse, x, y, 2, [3, 3])).Message);
        Assert.Equal("b", Assert.Throws<ArgumentException>(() => Gradients.MaxAbsDifference([1f], [1f, 2f])).ParamName);
    }
}
