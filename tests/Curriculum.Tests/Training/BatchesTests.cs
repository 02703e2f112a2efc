using Curriculum.Tests.Support;
using Curriculum.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace Curriculum.Tests.Training;

[Collection(TorchCollection.Name)]
public class BatchesTests
{
    /// <summary>x row i is [i, 100 + i] and y[i] = i, so a batch shows which rows it holds and whether x and y stay paired.</summary>
    private static (Tensor X, Tensor Y) Rows(int n) =>
        (stack([arange(n, dtype: float32), arange(100, 100 + n, dtype: float32)], 1), arange(n, dtype: int64));

    /// <summary>The y values of each batch, disposing the batches.</summary>
    private static List<long[]> Collect(IEnumerable<(Tensor X, Tensor Y)> batches)
    {
        var result = new List<long[]>();
        foreach (var (xb, yb) in batches)
        {
            using (xb)
            using (yb)
            {
                var ids = yb.data<long>().ToArray();
                var firstColumn = xb.select(1, 0);
                Assert.Equal(ids.Select(i => (float)i), firstColumn.data<float>().ToArray()); // x row matches y
                firstColumn.Dispose();
                Assert.Equal(2, xb.shape[1]);
                result.Add(ids);
            }
        }
        return result;
    }

    [Fact]
    public void Shuffled_covers_every_row_once_per_epoch_in_full_batches_then_the_rest()
    {
        var (x, y) = Rows(10);
        using var _x = x;
        using var _y = y;
        using var generator = new Generator(5);

        var batches = Collect(Batches.Shuffled(x, y, batchSize: 4, generator));

        Assert.Equal([4, 4, 2], batches.Select(b => b.Length));
        var order = batches.SelectMany(b => b).ToArray();
        Assert.Equal(Enumerable.Range(0, 10).Select(i => (long)i), order.Order());
        Assert.NotEqual(Enumerable.Range(0, 10).Select(i => (long)i), order); // actually shuffled
    }

    [Fact]
    public void The_same_seed_gives_the_same_order_and_the_next_epoch_a_new_one()
    {
        var (x, y) = Rows(20);
        using var _x = x;
        using var _y = y;
        using var g1 = new Generator(42);
        using var g2 = new Generator(42);
        using var g3 = new Generator(43);

        var first = Collect(Batches.Shuffled(x, y, 8, g1)).SelectMany(b => b).ToArray();
        var again = Collect(Batches.Shuffled(x, y, 8, g2)).SelectMany(b => b).ToArray();
        var secondEpoch = Collect(Batches.Shuffled(x, y, 8, g1)).SelectMany(b => b).ToArray();
        var otherSeed = Collect(Batches.Shuffled(x, y, 8, g3)).SelectMany(b => b).ToArray();

        Assert.Equal(first, again);
        Assert.NotEqual(first, secondEpoch);
        Assert.NotEqual(first, otherSeed);
        Assert.Equal(first.Order(), secondEpoch.Order());
    }

    [Fact]
    public void InOrder_keeps_the_stored_order()
    {
        var (x, y) = Rows(7);
        using var _x = x;
        using var _y = y;

        var batches = Collect(Batches.InOrder(x, y, 3));

        Assert.Equal(new[] { new long[] { 0, 1, 2 }, [3, 4, 5], [6] }, batches);
    }

    [Fact]
    public void Batches_free_their_own_temporaries()
    {
        var (x, y) = Rows(10);
        using var _x = x;
        using var _y = y;
        using var generator = new Generator(1);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = Tensor.TotalCount;

        foreach (var (xb, yb) in Batches.Shuffled(x, y, 3, generator)) { xb.Dispose(); yb.Dispose(); }
        foreach (var (xb, yb) in Batches.InOrder(x, y, 3)) { xb.Dispose(); yb.Dispose(); }

        Assert.Equal(before, Tensor.TotalCount);
    }

    [Fact]
    public void Argument_errors_name_the_parameter()
    {
        using var x = zeros(5, 2);
        using var y4 = zeros(4);
        using var y5 = zeros(5);
        using var empty = zeros(0, 2);
        using var generator = new Generator(1);

        var e = Assert.Throws<ArgumentException>(() => Batches.Shuffled(x, y4, 2, generator).ToList());
        Assert.Equal("y", e.ParamName);
        Assert.Contains("x has 5 rows but y has 4", e.Message);
        Assert.Equal("y", Assert.Throws<ArgumentException>(() => Batches.InOrder(x, y4, 2).ToList()).ParamName);
        Assert.Equal("batchSize", Assert.Throws<ArgumentOutOfRangeException>(() => Batches.InOrder(x, y5, 0).ToList()).ParamName);
        Assert.Equal("x", Assert.Throws<ArgumentException>(() => Batches.InOrder(empty, empty, 2).ToList()).ParamName);
    }
}
