namespace Curriculum.Reinforcement;

/// <summary>The result of one environment step: the next state, the reward, and whether the episode ended.</summary>
/// <param name="State">The state after the step: x, x_dot, theta, theta_dot.</param>
/// <param name="Reward">1 for every step taken, including the last one.</param>
/// <param name="Terminated">The pole fell or the cart left the track: a true end, nothing follows.</param>
/// <param name="Truncated">The step cap was reached: the episode was cut off, the state itself is not terminal.</param>
public readonly record struct StepResult(double[] State, double Reward, bool Terminated, bool Truncated)
{
    /// <summary>Either ending: the episode is over.</summary>
    public bool Done => Terminated || Truncated;
}

/// <summary>
/// The cart-pole balancing task of Barto, Sutton &amp; Anderson (1983) with the constants and rules of Gym's
/// CartPole-v1: gravity 9.8, cart mass 1.0, pole mass 0.1, pole half-length 0.5, force ±10 N, time step 0.02 s,
/// explicit Euler integration; the episode terminates when |x| &gt; 2.4 or |theta| &gt; 12°, and is truncated after
/// 500 steps; the reward is 1 per step. Start states are uniform in ±0.05, from a seeded generator.
/// Actions: 0 = push left, 1 = push right. Introduced in lesson 11.
/// </summary>
public sealed class CartPole
{
    public const double Gravity = 9.8, CartMass = 1.0, PoleMass = 0.1, HalfLength = 0.5, ForceMagnitude = 10.0, Tau = 0.02;
    public const double TotalMass = CartMass + PoleMass, PoleMassLength = PoleMass * HalfLength;
    public const double XThreshold = 2.4;
    /// <summary>The pole angle (12°, in radians) past which the episode ends. Introduced in lesson 11.</summary>
    public static readonly double ThetaThreshold = 12 * 2 * Math.PI / 360;
    public const int StateSize = 4, ActionCount = 2;

    private readonly Random random;
    private double[] state = new double[StateSize];
    private bool needsReset = true;

    /// <summary>The step cap (500 as in CartPole-v1).</summary>
    public int MaxSteps { get; }

    /// <summary>Steps taken in the current episode.</summary>
    public int Steps { get; private set; }

    /// <summary>A copy of the current state: x, x_dot, theta, theta_dot.</summary>
    public double[] State => (double[])state.Clone();

    public CartPole(int seed, int maxSteps = 500)
    {
        if (maxSteps <= 0) throw new ArgumentOutOfRangeException(nameof(maxSteps), maxSteps, "must be positive");
        random = new Random(seed);
        MaxSteps = maxSteps;
    }

    /// <summary>Starts a new episode from a random state with every component uniform in [-0.05, 0.05].</summary>
    public double[] Reset()
    {
        state = Enumerable.Range(0, StateSize).Select(_ => random.NextDouble() * 0.1 - 0.05).ToArray();
        Steps = 0;
        needsReset = false;
        return State;
    }

    /// <summary>Starts a new episode from a given state (for tests and experiments).</summary>
    public double[] ResetTo(double[] start)
    {
        ArgumentNullException.ThrowIfNull(start);
        if (start.Length != StateSize) throw new ArgumentException($"expected {StateSize} state values, got {start.Length}", nameof(start));
        state = (double[])start.Clone();
        Steps = 0;
        needsReset = false;
        return State;
    }

    /// <summary>Applies one action for one time step.</summary>
    public StepResult Step(int action)
    {
        if (needsReset) throw new InvalidOperationException("the episode is over (or never started): call Reset() first");
        state = Dynamics(state, action);
        Steps++;
        var terminated = IsTerminal(state);
        var truncated = !terminated && Steps >= MaxSteps;
        needsReset = terminated || truncated;
        return new StepResult(State, 1.0, terminated, truncated);
    }

    /// <summary>True when the cart is outside ±2.4 or the pole beyond ±12°.</summary>
    public static bool IsTerminal(double[] s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s[0] < -XThreshold || s[0] > XThreshold || s[2] < -ThetaThreshold || s[2] > ThetaThreshold;
    }

    /// <summary>One Euler step of the cart-pole equations of motion (a pure function of state and action).</summary>
    public static double[] Dynamics(double[] s, int action)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (s.Length != StateSize) throw new ArgumentException($"expected {StateSize} state values, got {s.Length}", nameof(s));
        if (action is not (0 or 1)) throw new ArgumentOutOfRangeException(nameof(action), action, "must be 0 (left) or 1 (right)");
        var (x, xDot, theta, thetaDot) = (s[0], s[1], s[2], s[3]);
        var force = action == 1 ? ForceMagnitude : -ForceMagnitude;
        var cos = Math.Cos(theta);
        var sin = Math.Sin(theta);
        var temp = (force + PoleMassLength * thetaDot * thetaDot * sin) / TotalMass;
        var thetaAcc = (Gravity * sin - cos * temp) / (HalfLength * (4.0 / 3.0 - PoleMass * cos * cos / TotalMass));
        var xAcc = temp - PoleMassLength * thetaAcc * cos / TotalMass;
        return [x + Tau * xDot, xDot + Tau * xAcc, theta + Tau * thetaDot, thetaDot + Tau * thetaAcc];
    }

    /// <summary>Plays one episode with a policy and returns its total reward (the number of steps survived).</summary>
    public double RunEpisode(Func<double[], int> policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var s = Reset();
        double total = 0;
        while (true)
        {
            var r = Step(policy(s));
            total += r.Reward;
            if (r.Done) return total;
            s = r.State;
        }
    }

    /// <summary>Plays <paramref name="episodes"/> episodes with a fixed policy and returns each episode's return.</summary>
    public double[] Evaluate(Func<double[], int> policy, int episodes)
    {
        if (episodes <= 0) throw new ArgumentOutOfRangeException(nameof(episodes), episodes, "must be positive");
        return Enumerable.Range(0, episodes).Select(_ => RunEpisode(policy)).ToArray();
    }
}
