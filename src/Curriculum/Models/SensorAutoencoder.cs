using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Curriculum.Models;

/// <summary>
/// A small fully connected autoencoder for anomaly detection on tabular rows: it squeezes each row through a narrow
/// bottleneck and reconstructs it (features → hidden → bottleneck → hidden → features, tanh between layers). Trained
/// on normal rows only, it learns to rebuild what normal looks like; a row it rebuilds badly (high reconstruction
/// error) is unusual. Introduced in lesson 30.
/// </summary>
public sealed class SensorAutoencoder : Module<Tensor, Tensor>
{
    private readonly Module<Tensor, Tensor> encoder1, encoder2, decoder1, decoder2;

    public int Features { get; }

    public SensorAutoencoder(int features, int hidden = 16, int bottleneck = 2) : base(nameof(SensorAutoencoder))
    {
        if (features <= 0) throw new ArgumentOutOfRangeException(nameof(features), features, "must be positive");
        if (hidden <= 0) throw new ArgumentOutOfRangeException(nameof(hidden), hidden, "must be positive");
        if (bottleneck <= 0 || bottleneck >= features)
            throw new ArgumentOutOfRangeException(nameof(bottleneck), bottleneck, $"must be between 1 and features - 1 = {features - 1}, or the network can copy its input");
        Features = features;
        encoder1 = Linear(features, hidden);
        encoder2 = Linear(hidden, bottleneck);
        decoder1 = Linear(bottleneck, hidden);
        decoder2 = Linear(hidden, features);
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        if (input.dim() != 2 || input.shape[1] != Features)
            throw new ArgumentException($"expected rows shaped [N, {Features}], got [{string.Join(", ", input.shape)}]", nameof(input));
        using var scope = NewDisposeScope();
        var code = functional.tanh(encoder2.call(functional.tanh(encoder1.call(input))));
        return decoder2.call(functional.tanh(decoder1.call(code))).MoveToOuterDisposeScope();
    }

    /// <summary>The mean squared reconstruction error of each row (eval mode, no gradients): the anomaly score. Introduced in lesson 30.</summary>
    public double[] ReconstructionErrors(Tensor input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var wasTraining = training;
        eval();
        try
        {
            using var _ = no_grad();
            using var scope = NewDisposeScope();
            var errors = (call(input) - input).square().mean([1]);
            return errors.to_type(ScalarType.Float64).data<double>().ToArray();
        }
        finally
        {
            if (wasTraining) train();
        }
    }
}
