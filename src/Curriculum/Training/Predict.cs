using static TorchSharp.torch;

namespace Curriculum.Training;

/// <summary>Running a trained model over a data set in batches, without gradients. Introduced in lesson 02.</summary>
public static class Predict
{
    /// <summary>The model's outputs for every row of <paramref name="x"/>, computed in eval mode in batches. Introduced in lesson 02.</summary>
    public static Tensor Outputs(nn.Module<Tensor, Tensor> model, Tensor x, int batchSize = 512)
    {
        ArgumentNullException.ThrowIfNull(model);
        Batches.CheckPair(x, x, batchSize);
        model.eval();
        using var _ = no_grad();
        using var scope = NewDisposeScope();
        var parts = new List<Tensor>();
        for (long start = 0; start < x.shape[0]; start += batchSize)
            parts.Add(model.call(x.narrow(0, start, Math.Min(batchSize, x.shape[0] - start))));
        return cat(parts, 0).MoveToOuterDisposeScope();
    }

    /// <summary>The arg-max class of each row's outputs. Introduced in lesson 02.</summary>
    public static int[] Classes(nn.Module<Tensor, Tensor> model, Tensor x, int batchSize = 512)
    {
        using var outputs = Outputs(model, x, batchSize);
        using var classes = outputs.argmax(1);
        return classes.data<long>().Select(c => (int)c).ToArray();
    }

    /// <summary>Softmax probabilities of each class, one row per example. Introduced in lesson 07.</summary>
    public static float[][] Probabilities(nn.Module<Tensor, Tensor> model, Tensor x, int batchSize = 512)
    {
        using var outputs = Outputs(model, x, batchSize);
        using var probs = outputs.softmax(1);
        var classes = (int)probs.shape[1];
        var flat = probs.data<float>().ToArray();
        return Enumerable.Range(0, (int)probs.shape[0]).Select(r => flat.AsSpan(r * classes, classes).ToArray()).ToArray();
    }
}
