using Curriculum.Models;
using Curriculum.Tests.Support;
using static TorchSharp.torch;

namespace Curriculum.Tests.Models;

[Collection(TorchCollection.Name)]
public class MatrixFactorizationTests
{
    [Fact]
    public void Prediction_is_mean_plus_biases_plus_the_dot_product_of_the_vectors()
    {
        manual_seed(1);
        using var model = new MatrixFactorization(users: 3, items: 4, factors: 2, globalMean: 3.5, initScale: 0.5);
        var p = (Tensor)model.named_parameters().Single(x => x.name == "userFactors.weight").parameter;
        var q = (Tensor)model.named_parameters().Single(x => x.name == "itemFactors.weight").parameter;
        using (no_grad()) model.named_parameters().Single(x => x.name == "itemBias.weight").parameter[2].fill_(0.25f);
        using var pairs = tensor(new long[] { 1, 2, 0, 0 }, [2, 2]);

        using var predicted = model.call(pairs);

        var pu = p[1].data<float>().ToArray();
        var qi = q[2].data<float>().ToArray();
        Assert.Equal(3.5 + 0.25 + pu[0] * qi[0] + pu[1] * qi[1], predicted[0].item<float>(), 5);
        Assert.Equal(new long[] { 2 }, predicted.shape);
        Assert.NotEqual(0f, pu[0]); // vectors are initialised randomly, biases at 0
    }

    [Fact]
    public void Penalty_is_the_mean_squared_norm_of_the_batch_rows()
    {
        manual_seed(2);
        using var model = new MatrixFactorization(2, 2, factors: 3, initScale: 0.3);
        using var pairs = tensor(new long[] { 0, 1, 1, 1 }, [2, 2]);
        var p = ((Tensor)model.named_parameters().Single(x => x.name == "userFactors.weight").parameter).data<float>().ToArray();
        var q = ((Tensor)model.named_parameters().Single(x => x.name == "itemFactors.weight").parameter).data<float>().ToArray();
        double Sq(float[] w, int row) => Enumerable.Range(0, 3).Sum(k => (double)w[row * 3 + k] * w[row * 3 + k]);

        using var penalty = model.Penalty(pairs);

        Assert.Equal((Sq(p, 0) + Sq(q, 1) + Sq(p, 1) + Sq(q, 1)) / 2, penalty.item<float>(), 5); // biases are 0
    }

    [Fact]
    public void Learns_a_rank_one_rating_matrix()
    {
        manual_seed(3);
        var pairs = (from u in Enumerable.Range(0, 6) from i in Enumerable.Range(0, 5) select new long[] { u, i }).SelectMany(x => x).ToArray();
        var truth = (from u in Enumerable.Range(0, 6) from i in Enumerable.Range(0, 5) select 3f + (u - 2.5f) * (i - 2f) * 0.3f).ToArray();
        using var x = tensor(pairs, [30, 2]);
        using var y = tensor(truth);
        using var model = new MatrixFactorization(6, 5, factors: 2, globalMean: 3, initScale: 0.1);
        using var optimizer = optim.Adam(model.parameters(), lr: 0.05);
        for (var step = 0; step < 400; step++)
        {
            using var scope = NewDisposeScope();
            optimizer.zero_grad();
            nn.functional.mse_loss(model.call(x), y).backward();
            optimizer.step();
        }
        using var final = nn.functional.mse_loss(model.call(x), y);
        Assert.True(final.item<float>() < 1e-3, $"mse {final.item<float>()}");
        Assert.Equal(5, model.ScoresForUser(0).Length);
    }

    [Fact]
    public void ScoresForUser_and_ItemVectors_agree_with_forward_and_the_weights()
    {
        manual_seed(4);
        using var model = new MatrixFactorization(3, 4, factors: 2, globalMean: 3);
        using var pairs = tensor(new long[] { 2, 0, 2, 1, 2, 2, 2, 3 }, [4, 2]);
        using var direct = model.call(pairs);

        Assert.Equal(direct.data<float>().ToArray(), model.ScoresForUser(2));
        var q = ((Tensor)model.named_parameters().Single(x => x.name == "itemFactors.weight").parameter).data<float>().ToArray();
        var vectors = model.ItemVectors();
        Assert.Equal((4, 2), (vectors.GetLength(0), vectors.GetLength(1)));
        Assert.Equal(q[3 * 2 + 1], vectors[3, 1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => model.ScoresForUser(3));
    }

    [Fact]
    public void A_wrong_input_is_named()
    {
        using var model = new MatrixFactorization(2, 2);
        using var bad = zeros(3, 2); // float, not int64
        Assert.Contains("int64", Assert.Throws<ArgumentException>(() => model.call(bad)).Message);
        Assert.Equal("factors", Assert.Throws<ArgumentOutOfRangeException>(() => new MatrixFactorization(2, 2, factors: 0)).ParamName);
    }
}
