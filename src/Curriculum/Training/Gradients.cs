using TorchSharp;
using static TorchSharp.torch;

namespace Curriculum.Training;

/// <summary>
/// Gradients of a model's loss computed three ways that must agree: on one big batch; accumulated over micro-batches
/// (what you do when the big batch does not fit in memory); and averaged across simulated data-parallel workers (what
/// several GPUs or machines do, each on its shard, followed by an all-reduce). The loss must be a mean over rows; each
/// part is weighted by its share of the rows, so uneven parts still give the big-batch gradient. Introduced in lesson 04.
/// </summary>
public static class Gradients
{
    /// <summary>All parameter gradients of <paramref name="model"/> concatenated into one array (zeros where a gradient is missing). Introduced in lesson 04.</summary>
    public static float[] Flatten(nn.Module model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var result = new List<float>();
        foreach (var p in model.parameters())
        {
            using var g = p.grad;
            if (g is null) result.AddRange(new float[p.numel()]);
            else result.AddRange(g.detach().cpu().to_type(ScalarType.Float32).data<float>().ToArray());
        }
        return result.ToArray();
    }

    /// <summary>The gradient of <paramref name="loss"/>(model(x), y) on the whole batch at once. Introduced in lesson 04.</summary>
    public static float[] BigBatch(nn.Module<Tensor, Tensor> model, Func<Tensor, Tensor, Tensor> loss, Tensor x, Tensor y) =>
        Accumulated(model, loss, x, y, (int)x.shape[0]);

    /// <summary>
    /// Gradient accumulation: backward on micro-batches of <paramref name="microBatch"/> rows, each loss scaled by
    /// (rows in the micro-batch / all rows), gradients summed in place by autograd, one optimizer step would follow.
    /// Only one micro-batch's activations are alive at a time. Introduced in lesson 04.
    /// </summary>
    public static float[] Accumulated(nn.Module<Tensor, Tensor> model, Func<Tensor, Tensor, Tensor> loss, Tensor x, Tensor y, int microBatch)
    {
        Check(model, loss, x, y);
        if (microBatch <= 0) throw new ArgumentOutOfRangeException(nameof(microBatch), microBatch, "must be positive");
        var n = x.shape[0];
        model.zero_grad();
        for (long start = 0; start < n; start += microBatch)
        {
            using var scope = NewDisposeScope();
            var length = Math.Min(microBatch, n - start);
            var part = loss(model.call(x.narrow(0, start, length)), y.narrow(0, start, length)) * ((double)length / n);
            part.backward();
        }
        return Flatten(model);
    }

    /// <summary>
    /// Data parallelism, simulated in one process: the rows are split into <paramref name="workers"/> contiguous shards
    /// (sizes may differ by one or more when <paramref name="shardSizes"/> is given), each "worker" computes the mean-loss
    /// gradient on its shard with the same weights, and the gradients are averaged weighted by shard size (the all-reduce).
    /// Introduced in lesson 04.
    /// </summary>
    public static float[] DataParallel(nn.Module<Tensor, Tensor> model, Func<Tensor, Tensor, Tensor> loss, Tensor x, Tensor y, int workers, int[]? shardSizes = null, bool weightByShardSize = true)
    {
        Check(model, loss, x, y);
        if (workers <= 0) throw new ArgumentOutOfRangeException(nameof(workers), workers, "need at least one worker");
        var n = x.shape[0];
        var sizes = shardSizes ?? Enumerable.Range(0, workers).Select(w => (int)((n * (w + 1)) / workers - (n * w) / workers)).ToArray();
        if (sizes.Length != workers) throw new ArgumentException($"need one shard size per worker: {workers} workers, {sizes.Length} sizes", nameof(shardSizes));
        if (sizes.Any(s => s <= 0) || sizes.Sum(s => (long)s) != n)
            throw new ArgumentException($"shard sizes must be positive and add up to the {n} rows; got {string.Join(", ", sizes)}", nameof(shardSizes));
        double[]? total = null;
        long start = 0;
        foreach (var size in sizes)
        {
            model.zero_grad();
            using (var scope = NewDisposeScope())
                loss(model.call(x.narrow(0, start, size)), y.narrow(0, start, size)).backward();
            var g = Flatten(model);
            total ??= new double[g.Length];
            var weight = weightByShardSize ? (double)size / n : 1.0 / workers;
            for (var i = 0; i < g.Length; i++) total[i] += weight * g[i];
            start += size;
        }
        model.zero_grad();
        return total!.Select(v => (float)v).ToArray();
    }

    /// <summary>The largest absolute difference between two gradient vectors of the same length. Introduced in lesson 04.</summary>
    public static double MaxAbsDifference(float[] a, float[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length != b.Length) throw new ArgumentException($"gradients differ in length: {a.Length} and {b.Length}", nameof(b));
        double max = 0;
        for (var i = 0; i < a.Length; i++) max = Math.Max(max, Math.Abs((double)a[i] - b[i]));
        return max;
    }

    private static void Check(nn.Module model, Func<Tensor, Tensor, Tensor> loss, Tensor x, Tensor y)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(loss);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.shape[0] != y.shape[0]) throw new ArgumentException($"x has {x.shape[0]} rows but y has {y.shape[0]}", nameof(y));
        if (x.shape[0] == 0) throw new ArgumentException("need at least one row", nameof(x));
    }
}
