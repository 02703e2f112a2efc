using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Curriculum.Models;

/// <summary>
/// A Q-network for small control tasks: state → Linear → ReLU → Linear → ReLU → Linear → one value per action.
/// Example: <c>new QNetwork(4, 64, 2)</c> for CartPole. Introduced in lesson 11.
/// </summary>
public sealed class QNetwork : Module<Tensor, Tensor>
{
    private readonly Module<Tensor, Tensor> hidden1, hidden2, output;

    public int StateSize { get; }
    public int Actions { get; }

    public QNetwork(int stateSize, int hiddenSize, int actions) : base(nameof(QNetwork))
    {
        if (stateSize <= 0) throw new ArgumentOutOfRangeException(nameof(stateSize), stateSize, "must be positive");
        if (hiddenSize <= 0) throw new ArgumentOutOfRangeException(nameof(hiddenSize), hiddenSize, "must be positive");
        if (actions < 2) throw new ArgumentOutOfRangeException(nameof(actions), actions, "need at least 2 actions");
        (StateSize, Actions) = (stateSize, actions);
        hidden1 = Linear(stateSize, hiddenSize);
        hidden2 = Linear(hiddenSize, hiddenSize);
        output = Linear(hiddenSize, actions);
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        if (input.dim() != 2 || input.shape[1] != StateSize)
            throw new ArgumentException($"expected [N, {StateSize}] states, got shape [{string.Join(", ", input.shape)}]", nameof(input));
        using var scope = NewDisposeScope();
        var x = functional.relu(hidden1.call(input));
        x = functional.relu(hidden2.call(x));
        return output.call(x).MoveToOuterDisposeScope();
    }

    /// <summary>The greedy action for one state (no gradient).</summary>
    public int GreedyAction(double[] state)
    {
        ArgumentNullException.ThrowIfNull(state);
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var x = tensor(state.Select(v => (float)v).ToArray(), [1, state.Length]);
        return (int)forward(x).argmax(1).item<long>();
    }

    /// <summary>Copies every weight from another network of the same shape (target-network sync, checkpoints).</summary>
    public void CopyFrom(QNetwork source)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var noGrad = no_grad();
        var from = source.parameters().ToArray();
        var to = parameters().ToArray();
        if (from.Length != to.Length) throw new ArgumentException("the networks have different shapes", nameof(source));
        for (var i = 0; i < to.Length; i++)
        {
            if (!from[i].shape.SequenceEqual(to[i].shape)) throw new ArgumentException("the networks have different shapes", nameof(source));
            to[i].copy_(from[i]);
        }
    }
}
