namespace Curriculum.Text;

/// <summary>How a decoder chooses the next token from a model's distribution.</summary>
public enum DecodingKind { Greedy, Temperature, TopK, TopP }

/// <summary>
/// A decoding rule: greedy (always the most likely token), or sampling after reshaping the distribution with a
/// temperature (p^(1/T), renormalised), keeping only the k most likely tokens (top-k), or keeping the smallest set of
/// most likely tokens whose probability reaches p (top-p, nucleus). Introduced in lesson 03 (to evaluate a generator; lesson 05 explains it).
/// </summary>
public sealed record Decoding(DecodingKind Kind, double Temperature = 1, int K = 0, double P = 1)
{
    /// <summary>Always the most likely token. Introduced in lesson 03 (to evaluate a generator; lesson 05 explains it).</summary>
    public static Decoding Greedy() => new(DecodingKind.Greedy);
    /// <summary>Sampling from p^(1/T), renormalised: T &lt; 1 sharpens, T &gt; 1 flattens. Introduced in lesson 05.</summary>
    public static Decoding WithTemperature(double temperature) => new(DecodingKind.Temperature, Temperature: CheckT(temperature));
    /// <summary>Sampling among the k most likely tokens only. Introduced in lesson 05.</summary>
    public static Decoding TopKSampling(int k, double temperature = 1) =>
        k >= 1 ? new(DecodingKind.TopK, CheckT(temperature), K: k) : throw new ArgumentOutOfRangeException(nameof(k), k, "k must be at least 1");
    /// <summary>Sampling from the smallest set of most likely tokens whose probability reaches p (nucleus). Introduced in lesson 03 (to evaluate a generator; lesson 05 explains it).</summary>
    public static Decoding TopPSampling(double p, double temperature = 1) =>
        p is > 0 and <= 1 ? new(DecodingKind.TopP, CheckT(temperature), P: p) : throw new ArgumentOutOfRangeException(nameof(p), p, "p must be in (0, 1]");

    /// <summary>A short name for tables and charts, e.g. "top-p 0.9".</summary>
    public string Name => Kind switch
    {
        DecodingKind.Greedy => "greedy",
        DecodingKind.Temperature => $"temperature {Temperature:0.##}",
        DecodingKind.TopK => $"top-k {K}" + (Temperature == 1 ? "" : $", T {Temperature:0.##}"),
        _ => $"top-p {P:0.##}" + (Temperature == 1 ? "" : $", T {Temperature:0.##}"),
    };

    /// <summary>The distribution this rule samples from (greedy: all mass on the most likely token).</summary>
    public double[] Reshape(double[] probabilities) => Kind switch
    {
        DecodingKind.Greedy => Sampling.OneHot(probabilities.Length, Sampling.ArgMax(probabilities)),
        DecodingKind.Temperature => Sampling.WithTemperature(probabilities, Temperature),
        DecodingKind.TopK => Sampling.TopK(Sampling.WithTemperature(probabilities, Temperature), K),
        _ => Sampling.TopP(Sampling.WithTemperature(probabilities, Temperature), P),
    };

    /// <summary>Chooses the next token.</summary>
    public int Pick(double[] probabilities, Random random) =>
        Kind == DecodingKind.Greedy ? Sampling.ArgMax(probabilities) : Sampling.Draw(Reshape(probabilities), random);

    private static double CheckT(double t) => t > 0 ? t : throw new ArgumentOutOfRangeException("temperature", t, "the temperature must be positive");
}

/// <summary>Operations on next-token distributions, and the generation loop shared by every language model. Introduced in lesson 03 (to evaluate a generator; lesson 05 explains it).</summary>
public static class Sampling
{
    /// <summary>Softmax of logits divided by a temperature, computed stably. Introduced in lesson 05.</summary>
    public static double[] Softmax(IReadOnlyList<float> logits, double temperature = 1)
    {
        ArgumentNullException.ThrowIfNull(logits);
        if (!(temperature > 0)) throw new ArgumentOutOfRangeException(nameof(temperature), temperature, "must be positive");
        var max = logits.Max();
        var e = logits.Select(l => Math.Exp((l - max) / temperature)).ToArray();
        var sum = e.Sum();
        return e.Select(v => v / sum).ToArray();
    }

    /// <summary>p^(1/T), renormalised: T &lt; 1 sharpens towards the most likely token, T &gt; 1 flattens. Introduced in lesson 05.</summary>
    public static double[] WithTemperature(double[] probabilities, double temperature)
    {
        Validate(probabilities);
        if (!(temperature > 0)) throw new ArgumentOutOfRangeException(nameof(temperature), temperature, "must be positive");
        if (temperature == 1) return Normalise(probabilities);
        var logs = probabilities.Select(p => p > 0 ? Math.Log(p) / temperature : double.NegativeInfinity).ToArray();
        var max = logs.Max();
        return Normalise(logs.Select(l => Math.Exp(l - max)).ToArray());
    }

    /// <summary>Keeps the k most likely tokens (ties broken by lower id) and renormalises. Introduced in lesson 05.</summary>
    public static double[] TopK(double[] probabilities, int k)
    {
        Validate(probabilities);
        if (k < 1) throw new ArgumentOutOfRangeException(nameof(k), k, "k must be at least 1");
        var keep = Ranked(probabilities).Take(k).ToHashSet();
        return Normalise(probabilities.Select((p, i) => keep.Contains(i) ? p : 0).ToArray());
    }

    /// <summary>
    /// Nucleus filtering: keeps the smallest set of most likely tokens whose total probability reaches p (always at least
    /// one token), and renormalises. Introduced in lesson 05.
    /// </summary>
    public static double[] TopP(double[] probabilities, double p)
    {
        Validate(probabilities);
        if (!(p > 0 && p <= 1)) throw new ArgumentOutOfRangeException(nameof(p), p, "p must be in (0, 1]");
        var normal = Normalise(probabilities);
        var kept = new bool[normal.Length];
        double mass = 0;
        foreach (var i in Ranked(normal))
        {
            kept[i] = true;
            mass += normal[i];
            if (mass >= p - 1e-12) break;
        }
        return Normalise(normal.Select((q, i) => kept[i] ? q : 0).ToArray());
    }

    /// <summary>The index of the largest probability (lowest index on ties).</summary>
    public static int ArgMax(IReadOnlyList<double> values)
    {
        var best = 0;
        for (var i = 1; i < values.Count; i++) if (values[i] > values[best]) best = i;
        return best;
    }

    /// <summary>Draws an index with the given probabilities (they need not be normalised).</summary>
    public static int Draw(double[] probabilities, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var u = random.NextDouble() * probabilities.Sum();
        for (var i = 0; i < probabilities.Length; i++)
        {
            u -= probabilities[i];
            if (u < 0) return i;
        }
        return ArgMax(probabilities);
    }

    /// <summary>
    /// Generates <paramref name="length"/> tokens: feeds the prompt to <paramref name="step"/> (which takes one token and
    /// returns the distribution of the next), then repeatedly picks a token with <paramref name="decoder"/> and feeds it
    /// back. Seeded, so the same call gives the same text. Introduced in lesson 03 (to evaluate a generator; lesson 05 explains it).
    /// </summary>
    public static int[] Generate(Func<int, double[]> step, IReadOnlyList<int> prompt, int length, Decoding decoder, int seed)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(decoder);
        if (prompt is null || prompt.Count == 0) throw new ArgumentException("the prompt needs at least one token", nameof(prompt));
        if (length < 0) throw new ArgumentOutOfRangeException(nameof(length), length, "must not be negative");
        var random = new Random(seed);
        double[] next = [];
        foreach (var t in prompt) next = step(t);
        var output = new int[length];
        for (var i = 0; i < length; i++)
        {
            output[i] = decoder.Pick(next, random);
            if (i < length - 1) next = step(output[i]);
        }
        return output;
    }

    internal static double[] OneHot(int n, int index)
    {
        var v = new double[n];
        v[index] = 1;
        return v;
    }

    private static IEnumerable<int> Ranked(double[] p) => Enumerable.Range(0, p.Length).OrderByDescending(i => p[i]).ThenBy(i => i);

    private static double[] Normalise(double[] p)
    {
        var sum = p.Sum();
        return p.Select(v => v / sum).ToArray();
    }

    private static void Validate(double[] probabilities)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        if (probabilities.Length == 0) throw new ArgumentException("the distribution is empty", nameof(probabilities));
        if (probabilities.Any(p => p < 0 || double.IsNaN(p)) || !(probabilities.Sum() > 0))
            throw new ArgumentException("probabilities must be non-negative with a positive sum", nameof(probabilities));
    }
}
