using Curriculum.Models;
using Curriculum.Tests.Support;
using static TorchSharp.torch;

namespace Curriculum.Tests.Models;

[Collection(TorchCollection.Name)]
public class SensorAutoencoderTests
{
    [Fact]
    public void Reconstructs_rows_of_the_input_shape()
    {
        manual_seed(1);
        using var model = new SensorAutoencoder(4, hidden: 8, bottleneck: 2);
        using var x = randn(5, 4);

        using var y = model.call(x);

        Assert.Equal(new long[] { 5, 4 }, y.shape);
    }

    [Fact]
    public void Reconstruction_error_is_the_row_mean_of_squared_differences()
    {
        manual_seed(2);
        using var model = new SensorAutoencoder(3, hidden: 4, bottleneck: 1);
        using var x = randn(6, 3);
        model.eval();
        using var y = model.call(x).detach();

        var errors = model.ReconstructionErrors(x);

        var xs = x.data<float>().ToArray();
        var ys = y.data<float>().ToArray();
        for (var i = 0; i < 6; i++)
            Assert.Equal(Enumerable.Range(0, 3).Average(j => Math.Pow(xs[i * 3 + j] - ys[i * 3 + j], 2)), errors[i], 5);
    }

    [Fact]
    public void Trained_on_rows_near_a_line_it_rebuilds_them_better_than_rows_off_it()
    {
        // Normal rows lie on a 1-D line in 3-D; an off-line row cannot pass the 1-unit bottleneck.
        manual_seed(3);
        using var t = linspace(-1, 1, 200).unsqueeze(1);
        using var normal = cat([t, 2 * t, -t], 1);
        using var model = new SensorAutoencoder(3, hidden: 16, bottleneck: 1);
        using var optimizer = optim.Adam(model.parameters(), lr: 0.01);
        for (var step = 0; step < 300; step++)
        {
            using var scope = NewDisposeScope();
            optimizer.zero_grad();
            var loss = (model.call(normal) - normal).square().mean();
            loss.backward();
            optimizer.step();
        }
        using var odd = tensor(new float[,] { { 1, -1, 1 }, { -0.5f, 1, 0.5f } });

        var normalErrors = model.ReconstructionErrors(normal);
        var oddErrors = model.ReconstructionErrors(odd);

        Assert.True(oddErrors.Min() > 10 * normalErrors.Average(), $"off-line {oddErrors.Min():0.0000} vs normal mean {normalErrors.Average():0.0000}");
    }

    [Fact]
    public void Bad_arguments_name_the_argument()
    {
        Assert.Equal("bottleneck", Assert.Throws<ArgumentOutOfRangeException>(() => new SensorAutoencoder(4, bottleneck: 4)).ParamName);
        Assert.Equal("features", Assert.Throws<ArgumentOutOfRangeException>(() => new SensorAutoencoder(0)).ParamName);
        using var model = new SensorAutoencoder(4);
        using var x = zeros(2, 3);
        var e = Assert.Throws<ArgumentException>(() => model.call(x));
        Assert.Equal("input", e.ParamName);
        Assert.Contains("expected rows shaped [N, 4], got [2, 3]", e.Message);
    }
}
