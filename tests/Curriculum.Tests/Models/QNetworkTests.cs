using Curriculum.Models;
using Curriculum.Tests.Support;
using static TorchSharp.torch;

namespace Curriculum.Tests.Models;

[Collection(TorchCollection.Name)]
public class QNetworkTests
{
    [Fact]
    public void Maps_states_to_one_value_per_action_and_counts_weights()
    {
        manual_seed(1);
        using var net = new QNetwork(4, 8, 2);
        using var x = rand(5, 4);
        using var q = net.call(x);
        Assert.Equal(new long[] { 5, 2 }, q.shape);
        Assert.Equal((4 * 8 + 8) + (8 * 8 + 8) + (8 * 2 + 2), net.parameters().Sum(p => p.numel()));
        Assert.Throws<ArgumentException>(() => net.call(rand(5, 3)));
    }

    [Fact]
    public void Greedy_action_is_the_argmax_and_copy_makes_an_identical_network()
    {
        manual_seed(2);
        using var a = new QNetwork(4, 8, 2);
        using var b = new QNetwork(4, 8, 2);
        double[] s = [0.1, -0.2, 0.03, 0.4];
        using var x = tensor(s.Select(v => (float)v).ToArray(), [1, 4]);
        using var qa = a.call(x);
        var values = qa.data<float>().ToArray();
        Assert.Equal(values[1] > values[0] ? 1 : 0, a.GreedyAction(s));

        b.CopyFrom(a);
        using var qb = b.call(x);
        Assert.Equal(values, qb.data<float>().ToArray());
        Assert.Throws<ArgumentException>(() => b.CopyFrom(new QNetwork(4, 16, 2)));
    }
}
