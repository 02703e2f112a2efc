using TorchSharp;
using static TorchSharp.torch;

namespace Curriculum.Text;

/// <summary>
/// Truncated back-propagation through time, the data side: a long text (as ids) cut into <see cref="Streams"/> equal
/// contiguous streams, read side by side in windows of <see cref="Window"/> characters. Batch i holds window i of every
/// stream, so a recurrent model can carry its state from batch i to batch i+1 of the same stream. Inputs are the
/// window, targets the window shifted by one character. Introduced in lesson 05.
/// </summary>
public sealed class TokenStreams
{
    private readonly long[][] _streams;

    /// <param name="ids">The text as ids.</param>
    /// <param name="streams">Number of parallel streams (the batch size).</param>
    /// <param name="window">Characters per window (the truncation length).</param>
    public TokenStreams(IReadOnlyList<int> ids, int streams, int window)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (streams < 1) throw new ArgumentOutOfRangeException(nameof(streams), streams, "need at least one stream");
        if (window < 1) throw new ArgumentOutOfRangeException(nameof(window), window, "need a window of at least one character");
        var length = (ids.Count - 1) / streams; // each stream needs one extra character for its last target
        if (length < window)
            throw new ArgumentException($"{ids.Count} ids are too few for {streams} streams of at least {window + 1} characters", nameof(ids));
        Streams = streams;
        Window = window;
        Count = length / window;
        _streams = Enumerable.Range(0, streams).Select(s => Enumerable.Range(s * length, Count * window + 1).Select(i => (long)ids[i]).ToArray()).ToArray();
    }

    private TokenStreams(long[][] streams, int window, int count)
    {
        _streams = streams;
        Streams = streams.Length;
        Window = window;
        Count = count;
    }

    public int Streams { get; }
    public int Window { get; }

    /// <summary>Batches per pass over the text.</summary>
    public int Count { get; }

    /// <summary>Characters used per pass (streams × windows × window).</summary>
    public long Characters => (long)Streams * Count * Window;

    /// <summary>Batch <paramref name="index"/> (taken modulo <see cref="Count"/>): inputs and targets, both [Streams, Window] int64.</summary>
    public (Tensor X, Tensor Y) Batch(int index)
    {
        if (index < 0) throw new ArgumentOutOfRangeException(nameof(index), index, "must not be negative");
        var start = index % Count * Window;
        var x = new long[Streams * Window];
        var y = new long[Streams * Window];
        for (var s = 0; s < Streams; s++)
        {
            Array.Copy(_streams[s], start, x, s * Window, Window);
            Array.Copy(_streams[s], start + 1, y, s * Window, Window);
        }
        return (tensor(x).reshape(Streams, Window), tensor(y).reshape(Streams, Window));
    }

    /// <summary>
    /// The streams of several texts side by side in one batch (in the order given, so row ranges are known), read for as
    /// many windows as the shortest has; each must use the same window. Introduced in lesson 20.
    /// </summary>
    public static TokenStreams Combine(params TokenStreams[] parts)
    {
        if (parts is null || parts.Length == 0) throw new ArgumentException("need at least one part", nameof(parts));
        if (parts.Any(p => p.Window != parts[0].Window)) throw new ArgumentException("every part must use the same window", nameof(parts));
        return new TokenStreams(parts.SelectMany(p => p._streams).ToArray(), parts[0].Window, parts.Min(p => p.Count));
    }
}
