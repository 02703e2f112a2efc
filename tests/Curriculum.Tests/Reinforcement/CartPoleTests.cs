using Curriculum.Reinforcement;

namespace Curriculum.Tests.Reinforcement;

public class CartPoleTests
{
    [Fact]
    public void Push_right_from_rest_matches_the_equations_by_hand()
    {
        // sin 0 = 0, cos 0 = 1: temp = 10/1.1 = 100/11; thetaAcc = -(100/11) / (0.5 (4/3 - 0.1/1.1)) = -(100/11)(66/41) = -600/41;
        // xAcc = 100/11 + 0.05 (600/41) / 1.1 = 4400/451. Euler: x_dot = 0.02 · 4400/451 = 88/451, theta_dot = -12/41.
        var next = CartPole.Dynamics([0, 0, 0, 0], 1);
        Assert.Equal(0, next[0], 12);
        Assert.Equal(88.0 / 451, next[1], 12);
        Assert.Equal(0, next[2], 12);
        Assert.Equal(-12.0 / 41, next[3], 12);
    }

    [Fact]
    public void Tilted_moving_pole_matches_a_hand_computed_step()
    {
        // s = (0.1, -0.2, 0.1, 0.3), push left. sin 0.1 = 0.0998334, cos 0.1 = 0.9950042;
        // temp = (-10 + 0.05 · 0.09 · 0.0998334) / 1.1 = -9.0905010; thetaAcc = (0.9783675 + 9.0450871) / 0.6216652 = 16.123557;
        // xAcc = temp - 0.05 · 16.123557 · 0.9950042 / 1.1 = -9.8197282.
        var next = CartPole.Dynamics([0.1, -0.2, 0.1, 0.3], 0);
        Assert.Equal(0.1 + 0.02 * -0.2, next[0], 12);
        Assert.Equal(-0.2 + 0.02 * -9.8197282, next[1], 6);
        Assert.Equal(0.1 + 0.02 * 0.3, next[2], 12);
        Assert.Equal(0.3 + 0.02 * 16.123557, next[3], 5);
    }

    [Fact]
    public void Dynamics_are_mirror_symmetric()
    {
        double[] s = [0.3, -0.7, 0.05, 0.4];
        var right = CartPole.Dynamics(s, 1);
        var mirroredLeft = CartPole.Dynamics(s.Select(v => -v).ToArray(), 0);
        for (var i = 0; i < 4; i++) Assert.Equal(-right[i], mirroredLeft[i], 12);
    }

    [Fact]
    public void Terminates_beyond_the_track_or_twelve_degrees_but_not_on_the_boundary()
    {
        Assert.False(CartPole.IsTerminal([2.4, 0, 0, 0]));
        Assert.True(CartPole.IsTerminal([2.4001, 0, 0, 0]));
        Assert.True(CartPole.IsTerminal([-2.4001, 0, 0, 0]));
        Assert.False(CartPole.IsTerminal([0, 0, 12 * Math.PI / 180 - 1e-9, 0]));
        Assert.True(CartPole.IsTerminal([0, 0, 12 * Math.PI / 180 + 1e-9, 0]));
        Assert.True(CartPole.IsTerminal([0, 0, -0.21, 0]));

        var env = new CartPole(1);
        env.ResetTo([2.39, 1.0, 0, 0]); // x moves by tau · x_dot = 0.02 → 2.41
        var step = env.Step(1);
        Assert.True(step.Terminated);
        Assert.False(step.Truncated);
        Assert.Equal(1.0, step.Reward);
        Assert.Throws<InvalidOperationException>(() => env.Step(0));
    }

    [Fact]
    public void Truncates_at_the_step_cap_with_reward_one_per_step()
    {
        var env = new CartPole(1, maxSteps: 4);
        env.ResetTo([0, 0, 0, 0]);
        var rewards = new List<double>();
        StepResult last = default;
        for (var i = 0; i < 4; i++) { last = env.Step(i % 2); rewards.Add(last.Reward); }
        Assert.True(last.Truncated);
        Assert.False(last.Terminated);
        Assert.Equal(4.0, rewards.Sum());
        Assert.Equal(4, env.Steps);
    }

    [Fact]
    public void Reset_is_seeded_and_small()
    {
        var a = new CartPole(7).Reset();
        var b = new CartPole(7).Reset();
        var c = new CartPole(8).Reset();
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
        Assert.All(a, v => Assert.InRange(v, -0.05, 0.05));
    }

    [Fact]
    public void A_constant_push_fails_fast_and_bad_actions_are_rejected()
    {
        var returns = new CartPole(3).Evaluate(_ => 1, 10);
        Assert.All(returns, r => Assert.InRange(r, 5, 30));
        Assert.Throws<ArgumentOutOfRangeException>(() => CartPole.Dynamics([0, 0, 0, 0], 2));
        Assert.Throws<ArgumentException>(() => new CartPole(1).ResetTo([0, 0]));
    }
}
