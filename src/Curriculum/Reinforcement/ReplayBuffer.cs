using TorchSharp;
using static TorchSharp.torch;

namespace Curriculum.Reinforcement;

/// <summary>
/// A fixed-capacity ring buffer of transitions (s, a, r, s', terminal) for experience replay: once full, the oldest
/// transition is overwritten. Sampling is uniform with replacement from a seeded generator. Introduced in lesson 11.
/// </summary>
public sealed class ReplayBuffer
{
    private readonly float[] states, nextStates, rewards, terminals;
    private readonly long[] actions;
    private readonly int stateSize;
    private int next;

    public int Capacity { get; }
    public int Count { get; private set; }

    public ReplayBuffer(int capacity, int stateSize)
    {
        if (capacity <= 0) throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "must be positive");
        if (stateSize <= 0) throw new ArgumentOutOfRangeException(nameof(stateSize), stateSize, "must be positive");
        (Capacity, this.stateSize) = (capacity, stateSize);
        states = new float[capacity * stateSize];
        nextStates = new float[capacity * stateSize];
        rewards = new float[capacity];
        terminals = new float[capacity];
        actions = new long[capacity];
    }

    /// <summary>Stores one transition. <paramref name="terminal"/> marks a true end (not a step-cap truncation).</summary>
    public void Add(double[] state, int action, double reward, double[] nextState, bool terminal)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(nextState);
        if (state.Length != stateSize || nextState.Length != stateSize)
            throw new ArgumentException($"expected states of {stateSize} values, got {state.Length} and {nextState.Length}", nameof(state));
        for (var i = 0; i < stateSize; i++)
        {
            states[next * stateSize + i] = (float)state[i];
            nextStates[next * stateSize + i] = (float)nextState[i];
        }
        actions[next] = action;
        rewards[next] = (float)reward;
        terminals[next] = terminal ? 1f : 0f;
        next = (next + 1) % Capacity;
        Count = Math.Min(Count + 1, Capacity);
    }

    /// <summary>The stored transition at a slot (slot 0 is the oldest only before the buffer wraps).</summary>
    public (float[] State, long Action, float Reward, float[] NextState, bool Terminal) At(int slot)
    {
        if (slot < 0 || slot >= Count) throw new ArgumentOutOfRangeException(nameof(slot), slot, $"must be in [0, {Count})");
        return (states.AsSpan(slot * stateSize, stateSize).ToArray(), actions[slot], rewards[slot],
            nextStates.AsSpan(slot * stateSize, stateSize).ToArray(), terminals[slot] > 0);
    }

    /// <summary>Slots drawn uniformly with replacement.</summary>
    public int[] SampleSlots(int batchSize, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (batchSize <= 0) throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "must be positive");
        if (Count == 0) throw new InvalidOperationException("the buffer is empty: add transitions before sampling");
        return Enumerable.Range(0, batchSize).Select(_ => random.Next(Count)).ToArray();
    }

    /// <summary>A batch as tensors: states [B, S], actions [B] (int64), rewards [B], next states [B, S], terminals [B] (1 = end).</summary>
    public (Tensor States, Tensor Actions, Tensor Rewards, Tensor NextStates, Tensor Terminals) Sample(int batchSize, Random random)
    {
        var slots = SampleSlots(batchSize, random);
        var s = new float[batchSize * stateSize];
        var s2 = new float[batchSize * stateSize];
        var a = new long[batchSize];
        var r = new float[batchSize];
        var d = new float[batchSize];
        for (var b = 0; b < batchSize; b++)
        {
            var k = slots[b];
            Array.Copy(states, k * stateSize, s, b * stateSize, stateSize);
            Array.Copy(nextStates, k * stateSize, s2, b * stateSize, stateSize);
            (a[b], r[b], d[b]) = (actions[k], rewards[k], terminals[k]);
        }
        return (tensor(s, [batchSize, stateSize]), tensor(a), tensor(r), tensor(s2, [batchSize, stateSize]), tensor(d));
    }
}
