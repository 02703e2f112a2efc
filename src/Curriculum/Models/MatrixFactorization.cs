using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Curriculum.Models;

/// <summary>
/// Matrix factorisation with biases (Koren, Bell and Volinsky 2009, "Matrix Factorization Techniques for Recommender
/// Systems"): rating(u, i) ≈ μ + b_u + b_i + p_u · q_i, where p_u and q_i are learned vectors of <c>factors</c> numbers
/// per user and per item. Input: [N, 2] int64 rows of (user row, item row); output: [N] predicted ratings.
/// Introduced in lesson 10.
/// </summary>
public sealed class MatrixFactorization : Module<Tensor, Tensor>
{
    private readonly TorchSharp.Modules.Embedding userFactors, itemFactors, userBias, itemBias;
    private readonly TorchSharp.Modules.Parameter globalBias;

    public MatrixFactorization(int users, int items, int factors = 32, double globalMean = 0, double initScale = 0.05)
        : base(nameof(MatrixFactorization))
    {
        if (users <= 0) throw new ArgumentOutOfRangeException(nameof(users), users, "must be positive");
        if (items <= 0) throw new ArgumentOutOfRangeException(nameof(items), items, "must be positive");
        if (factors <= 0) throw new ArgumentOutOfRangeException(nameof(factors), factors, "must be positive");
        if (initScale < 0) throw new ArgumentOutOfRangeException(nameof(initScale), initScale, "must be >= 0");
        Users = users;
        Items = items;
        Factors = factors;
        userFactors = Embedding(users, factors);
        itemFactors = Embedding(items, factors);
        userBias = Embedding(users, 1);
        itemBias = Embedding(items, 1);
        using (no_grad())
        {
            init.normal_(userFactors.weight!, 0, initScale);
            init.normal_(itemFactors.weight!, 0, initScale);
            init.zeros_(userBias.weight!);
            init.zeros_(itemBias.weight!);
        }
        globalBias = Parameter(tensor((float)globalMean));
        RegisterComponents();
    }

    public int Users { get; }
    public int Items { get; }
    public int Factors { get; }

    public override Tensor forward(Tensor pairs)
    {
        if (pairs.dim() != 2 || pairs.shape[1] != 2 || pairs.dtype != ScalarType.Int64)
            throw new ArgumentException($"expected int64 (user, item) rows shaped [N, 2], got {pairs.dtype} [{string.Join(", ", pairs.shape)}]", nameof(pairs));
        using var scope = NewDisposeScope();
        var u = pairs.select(1, 0);
        var i = pairs.select(1, 1);
        var dot = (userFactors.call(u) * itemFactors.call(i)).sum(1);
        var prediction = globalBias + userBias.call(u).squeeze(1) + itemBias.call(i).squeeze(1) + dot;
        return prediction.MoveToOuterDisposeScope();
    }

    /// <summary>
    /// The ridge penalty of a batch: mean over its rows of |p_u|² + |q_i|² + b_u² + b_i². Added to the squared error
    /// (times a strength λ) it shrinks the vectors of users and items with few ratings, which is what keeps
    /// factorisation from overfitting. Introduced in lesson 10.
    /// </summary>
    public Tensor Penalty(Tensor pairs)
    {
        using var scope = NewDisposeScope();
        var u = pairs.select(1, 0);
        var i = pairs.select(1, 1);
        var sq = userFactors.call(u).pow(2).sum(1) + itemFactors.call(i).pow(2).sum(1)
                 + userBias.call(u).squeeze(1).pow(2) + itemBias.call(i).squeeze(1).pow(2);
        return sq.mean().MoveToOuterDisposeScope();
    }

    /// <summary>The item vectors q_i as a [items, factors] array (for similar-item search and plots).</summary>
    public float[,] ItemVectors()
    {
        using var _ = no_grad();
        using var w = itemFactors.weight!.detach().cpu();
        var result = new float[Items, Factors];
        var flat = w.data<float>().ToArray();
        Buffer.BlockCopy(flat, 0, result, 0, flat.Length * sizeof(float));
        return result;
    }

    /// <summary>Predicted ratings of every item for one user row, [items] (for top-N lists).</summary>
    public float[] ScoresForUser(int userRow)
    {
        if (userRow < 0 || userRow >= Users) throw new ArgumentOutOfRangeException(nameof(userRow), userRow, $"must be in 0..{Users - 1}");
        using var _ = no_grad();
        using var scope = NewDisposeScope();
        var pairs = stack([full(Items, (long)userRow, ScalarType.Int64), arange(Items, ScalarType.Int64)], 1);
        return forward(pairs).data<float>().ToArray();
    }
}
