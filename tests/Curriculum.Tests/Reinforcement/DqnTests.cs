using Curriculum.Reinforcement;
using Curriculum.Tests.Support;

namespace Curriculum.Tests.Reinforcement;

[Collection(TorchCollection.Name)]
public class DqnTests
{
    [Fact]
    public void A_short_run_is_seeded_and_keeps_the_best_evaluated_checkpoint()
    {
        var options = new DqnOptions { TotalSteps = 1500, LearningStarts = 200, EvalEverySteps = 500, EvalEpisodes = 2, EpsilonDecaySteps = 1000, Title = "test" };
        var a = Dqn.Train(options);
        var b = Dqn.Train(options);
        Assert.Equal(a.EpisodeReturns, b.EpisodeReturns);
        Assert.Equal(3, a.Evaluations.Length);
        Assert.Equal(a.Evaluations.Max(e => e.MeanReturn), a.BestEvaluation);
        Assert.Equal(a.Evaluations.First(e => e.MeanReturn == a.BestEvaluation).Step, a.BestStep);
        // every step of every finished episode is accounted for
        Assert.Equal(a.EpisodeEndSteps[^1], (int)a.EpisodeReturns.Sum());
        // the kept checkpoint is a usable greedy policy
        var replay = new CartPole(1).Evaluate(a.Best.GreedyAction, 2);
        Assert.All(replay, r => Assert.InRange(r, 1, 500));
        a.Best.Dispose(); a.Final.Dispose(); b.Best.Dispose(); b.Final.Dispose();
    }

    [Fact]
    public void Rejects_a_batch_larger_than_the_warm_up()
    {
        Assert.Throws<ArgumentException>(() => Dqn.Train(new DqnOptions { BatchSize = 64, LearningStarts = 10 }));
    }
}
