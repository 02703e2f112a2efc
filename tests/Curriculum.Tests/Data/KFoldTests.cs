using Curriculum.Data;

namespace Curriculum.Tests.Data;

public class KFoldTests
{
    private static readonly int[] Labels = Enumerable.Range(0, 103).Select(i => i % 7 == 0 ? 1 : i % 3 == 0 ? 2 : 0).ToArray();

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(10)]
    public void Every_row_is_validated_exactly_once_and_each_fold_trains_on_all_the_others(int k)
    {
        var folds = KFold.Stratified(Labels, k, seed: 3);

        Assert.Equal(k, folds.Length);
        Assert.Equal(Enumerable.Range(0, Labels.Length), folds.SelectMany(f => f.Validation).Order());
        foreach (var fold in folds)
        {
            Assert.Empty(fold.Train.Intersect(fold.Validation));
            Assert.Equal(Enumerable.Range(0, Labels.Length), fold.Train.Concat(fold.Validation).Order());
            Assert.Equal(fold.Train.Order(), fold.Train);
            Assert.Equal(fold.Validation.Order(), fold.Validation);
        }
        Assert.Equal(Enumerable.Range(0, k), folds.Select(f => f.Index));
    }

    [Fact]
    public void Folds_are_balanced_in_size_and_in_each_class()
    {
        var folds = KFold.Stratified(Labels, 5, seed: 3);

        var sizes = folds.Select(f => f.Validation.Length).ToArray();
        Assert.True(sizes.Max() - sizes.Min() <= 1, $"fold sizes {string.Join(", ", sizes)}");
        foreach (var label in Labels.Distinct())
        {
            var counts = folds.Select(f => f.Validation.Count(i => Labels[i] == label)).ToArray();
            Assert.True(counts.Max() - counts.Min() <= 1, $"class {label}: {string.Join(", ", counts)}");
        }
    }

    [Fact]
    public void The_seed_decides_the_folds()
    {
        var a = KFold.Stratified(Labels, 4, seed: 1);
        var b = KFold.Stratified(Labels, 4, seed: 1);
        var c = KFold.Stratified(Labels, 4, seed: 2);

        Assert.Equal(a.Select(f => f.Validation), b.Select(f => f.Validation));
        Assert.NotEqual(a.Select(f => f.Validation), c.Select(f => f.Validation));
    }

    [Fact]
    public void Bad_arguments_are_named()
    {
        Assert.Equal("k", Assert.Throws<ArgumentOutOfRangeException>(() => KFold.Stratified(Labels, 1, 0)).ParamName);
        var e = Assert.Throws<ArgumentException>(() => KFold.Stratified([0, 1, 0], 4, 0));
        Assert.Equal("labels", e.ParamName);
        Assert.Contains("need at least k = 4 rows", e.Message);
    }

    [Fact]
    public void Summary_is_the_mean_and_the_sample_standard_deviation()
    {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squared deviations sum to 32, sample variance 32 / 7.
        var (mean, sd) = KFold.Summary([2, 4, 4, 4, 5, 5, 7, 9]);

        Assert.Equal(5, mean, 12);
        Assert.Equal(Math.Sqrt(32.0 / 7), sd, 12);
        Assert.Equal("scores", Assert.Throws<ArgumentException>(() => KFold.Summary([0.9])).ParamName);
    }
}
