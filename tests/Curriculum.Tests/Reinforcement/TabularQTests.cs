using Curriculum.Reinforcement;

namespace Curriculum.Tests.Reinforcement;

public class TabularQTests
{
    [Fact]
    public void Discretiser_bins_clips_and_indexes_row_major()
    {
        var d = new Discretiser([2, 3], [0, -1], [1, 1]);
        Assert.Equal(6, d.StateCount);
        Assert.Equal(new[] { 0, 0 }, d.Bins([0.2, -0.9]));
        Assert.Equal(new[] { 1, 2 }, d.Bins([0.7, 0.9]));
        Assert.Equal(new[] { 1, 1 }, d.Bins([5, 0]));       // clipped to the top bin; 0 is in the middle third
        Assert.Equal(new[] { 0, 2 }, d.Bins([-5, 1]));      // the upper edge belongs to the last bin
        Assert.Equal(1 * 3 + 2, d.Index([0.7, 0.9]));
        Assert.Equal(0, new Discretiser([1], [0], [1]).Index([0.5]));
        Assert.Throws<ArgumentException>(() => new Discretiser([2], [1], [0]));
    }

    [Fact]
    public void Update_follows_the_q_learning_rule_by_hand()
    {
        var q = new QTable(2, 2);
        // terminal: target = r = 1; Q = 0 + 0.5 (1 - 0) = 0.5
        Assert.Equal(1.0, q.Update(0, 1, 1.0, 1, terminal: true, alpha: 0.5, gamma: 0.9), 12);
        Assert.Equal(0.5, q[0, 1], 12);
        // non-terminal into state 0: target = 0 + 0.9 · max(0, 0.5) = 0.45; Q(1,0) = 0.5 · 0.45 = 0.225
        q.Update(1, 0, 0.0, 0, terminal: false, alpha: 0.5, gamma: 0.9);
        Assert.Equal(0.225, q[1, 0], 12);
        Assert.Equal(1, q.Greedy(0));
        Assert.Equal(0, q.Greedy(1));
    }

    [Fact]
    public void Converges_to_the_known_values_of_a_tiny_mdp()
    {
        // State 0: action 0 stays in 0 with reward 0; action 1 ends the episode with reward 1.
        // Optimal values with gamma 0.9: Q(0,1) = 1, Q(0,0) = 0.9 · 1 = 0.9.
        var q = new QTable(1, 2);
        var random = new Random(1);
        for (var i = 0; i < 2000; i++)
        {
            var a = random.Next(2);
            if (a == 1) q.Update(0, 1, 1, 0, true, 0.1, 0.9);
            else q.Update(0, 0, 0, 0, false, 0.1, 0.9);
        }
        Assert.Equal(1.0, q[0, 1], 3);
        Assert.Equal(0.9, q[0, 0], 3);
    }

    [Fact]
    public void Moving_average_uses_what_is_available_then_the_window()
    {
        Assert.Equal(new[] { 1.0, 1.5, 2.5, 3.5 }, TabularQLearning.MovingAverage([1, 2, 3, 4], 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => TabularQLearning.MovingAverage([1], 0));
    }

    [Fact]
    public void Training_on_cartpole_is_seeded_and_beats_random_play()
    {
        var d = new Discretiser([1, 1, 6, 12], [-2.4, -3, -CartPole.ThetaThreshold, -0.87], [2.4, 3, CartPole.ThetaThreshold, 0.87]);
        var options = new QLearningOptions { Episodes = 300, Title = "test" };
        var (t1, r1) = TabularQLearning.Train(new CartPole(5), d, options);
        var (_, r2) = TabularQLearning.Train(new CartPole(5), d, options);
        Assert.Equal(r1, r2);
        var greedy = new CartPole(9).Evaluate(TabularQLearning.GreedyPolicy(t1, d), 20).Average();
        var random = new Random(2);
        var randomPlay = new CartPole(9).Evaluate(_ => random.Next(2), 20).Average();
        Assert.True(greedy > 3 * randomPlay, $"greedy {greedy} vs random {randomPlay}");
    }
}
