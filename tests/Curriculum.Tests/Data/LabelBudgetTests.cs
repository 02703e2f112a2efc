using Curriculum.Data;

namespace Curriculum.Tests.Data;

public class LabelBudgetTests
{
    private static readonly bool[] Pool = Enumerable.Range(0, 100).Select(i => i % 4 == 0).ToArray(); // 25 % positive

    [Fact]
    public void Draws_the_budget_with_each_class_in_proportion()
    {
        var sample = LabelBudget.Sample(Pool, 40, seed: 1);
        Assert.Equal(40, sample.Length);
        Assert.Equal(40, sample.Distinct().Count());
        Assert.Equal(10, sample.Count(i => Pool[i]));
        Assert.Equal(sample.Order(), sample);
    }

    [Fact]
    public void A_tiny_budget_still_sees_every_class()
    {
        var sample = LabelBudget.Sample(Pool, 4, seed: 3, minPerClass: 2);
        Assert.Equal(2, sample.Count(i => Pool[i]));
        Assert.Equal(2, sample.Count(i => !Pool[i]));
    }

    [Fact]
    public void Same_seed_same_sample_and_different_seeds_differ()
    {
        Assert.Equal(LabelBudget.Sample(Pool, 16, 5), LabelBudget.Sample(Pool, 16, 5));
        Assert.NotEqual(LabelBudget.Sample(Pool, 16, 5), LabelBudget.Sample(Pool, 16, 6));
    }

    [Fact]
    public void The_whole_pool_is_every_index()
    {
        Assert.Equal(Enumerable.Range(0, 100), LabelBudget.Sample(Pool, 100, seed: 9));
    }

    [Fact]
    public void Impossible_budgets_name_the_argument()
    {
        Assert.Equal("budget", Assert.Throws<ArgumentOutOfRangeException>(() => LabelBudget.Sample(Pool, 101, 1)).ParamName);
        Assert.Equal("budget", Assert.Throws<ArgumentOutOfRangeException>(() => LabelBudget.Sample(Pool, 3, 1)).ParamName);
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => LabelBudget.Sample([true, false, false, false], 4, 1)).ParamName);
    }
}
