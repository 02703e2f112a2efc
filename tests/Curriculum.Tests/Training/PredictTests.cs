using Curriculum.Tests.Support;
using Curriculum.Training;
using static TorchSharp.torch;

namespace Curriculum.Tests.Training;

[Collection(TorchCollection.Name)]
public class PredictTests
{
    [Fact]
    public void Outputs_over_several_batches_equal_one_forward_pass_in_eval_mode()
    {
        manual_seed(4);
        // Dropout would change the outputs in training mode: equal results show Outputs switched to eval mode.
        using var model = nn.Sequential(nn.Linear(3, 16), nn.ReLU(), nn.Dropout(0.5), nn.Linear(16, 4));
        using var x = randn(10, 3);
        model.eval();
        using var expected = model.call(x);
        model.train();

        using var outputs = Predict.Outputs(model, x, batchSize: 3);

        Assert.Equal(new long[] { 10, 4 }, outputs.shape);
        Assert.True(outputs.allclose(expected, rtol: 1e-5, atol: 1e-6));
        Assert.False(outputs.requires_grad);
        Assert.False(model.training);
    }

    [Fact]
    public void Classes_is_the_argmax_and_Probabilities_the_softmax_rows()
    {
        manual_seed(5);
        using var model = nn.Linear(3, 4);
        using var x = randn(9, 3);
        using var logits = model.call(x);
        var flat = logits.data<float>().ToArray();
        var rows = Enumerable.Range(0, 9).Select(r => flat[(r * 4)..(r * 4 + 4)]).ToArray();

        var classes = Predict.Classes(model, x, batchSize: 4);
        var probabilities = Predict.Probabilities(model, x, batchSize: 4);

        Assert.Equal(rows.Select(r => Array.IndexOf(r, r.Max())), classes);
        Assert.Equal(9, probabilities.Length);
        for (var r = 0; r < 9; r++)
        {
            Assert.Equal(4, probabilities[r].Length);
            Assert.Equal(1.0, probabilities[r].Sum(), 1e-6);
            var denominator = rows[r].Sum(v => Math.Exp(v));
            for (var c = 0; c < 4; c++) Assert.Equal(Math.Exp(rows[r][c]) / denominator, probabilities[r][c], 1e-6);
            Assert.Equal(classes[r], Array.IndexOf(probabilities[r], probabilities[r].Max()));
        }
    }

    [Fact]
    public void Only_the_returned_tensor_is_left_alive()
    {
        manual_seed(6);
        using var model = nn.Sequential(nn.Linear(3, 8), nn.ReLU(), nn.Linear(8, 2));
        using var x = randn(20, 3);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = Tensor.TotalCount;

        Predict.Classes(model, x, 7);
        Predict.Probabilities(model, x, 7);
        Assert.Equal(before, Tensor.TotalCount);
        using (Predict.Outputs(model, x, 7)) Assert.Equal(before + 1, Tensor.TotalCount);
        Assert.Equal(before, Tensor.TotalCount);
    }

    [Fact]
    public void Argument_errors_name_the_parameter()
    {
        using var model = nn.Linear(3, 2);
        using var x = zeros(4, 3);
        using var empty = zeros(0, 3);

        Assert.Equal("model", Assert.Throws<ArgumentNullException>(() => Predict.Outputs(null!, x)).ParamName);
        Assert.Equal("batchSize", Assert.Throws<ArgumentOutOfRangeException>(() => Predict.Outputs(model, x, 0)).ParamName);
        Assert.Equal("x", Assert.Throws<ArgumentException>(() => Predict.Outputs(model, empty)).ParamName);
    }
}
