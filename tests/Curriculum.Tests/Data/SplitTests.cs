using Curriculum.Data;

namespace Curriculum.Tests.Data;

public class SplitTests
{
    [Theory]
    [InlineData(10, 0.3, 3)]
    [InlineData(442, 0.25, 110)] // 110.5 rounds to even
    [InlineData(2, 0.01, 1)]     // at least one test row
    [InlineData(10, 0.99, 9)]    // at least one training row
    public void Random_is_a_sorted_partition_with_the_rounded_test_share(int count, double fraction, int expectedTest)
    {
        var (train, test) = Split.Random(count, fraction, seed: 1);

        Assert.Equal(expectedTest, test.Length);
        Assert.Equal(count - expectedTest, train.Length);
        Assert.Empty(train.Intersect(test));
        Assert.Equal(Enumerable.Range(0, count), train.Concat(test).Order());
        Assert.Equal(train.Order(), train);
        Assert.Equal(test.Order(), test);
    }

    [Fact]
    public void Random_same_seed_gives_same_split_and_another_seed_another()
    {
        var a = Split.Random(100, 0.2, seed: 42);
        var b = Split.Random(100, 0.2, seed: 42);
        var c = Split.Random(100, 0.2, seed: 43);

        Assert.Equal(a.Test, b.Test);
        Assert.Equal(a.Train, b.Train);
        Assert.NotEqual(a.Test, c.Test);
    }

    [Fact]
    public void Random_argument_errors_name_the_parameter()
    {
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => Split.Random(1, 0.5, 0)).ParamName);
        foreach (var f in new[] { 0, 1, -0.1, 1.5, double.NaN })
            Assert.Equal("testFraction", Assert.Throws<ArgumentOutOfRangeException>(() => Split.Random(10, f, 0)).ParamName);
    }

    [Fact]
    public void Stratified_keeps_each_class_share_within_one_row()
    {
        // Unbalanced classes: 50, 30, 15, 5 rows, interleaved.
        var random = new Random(5);
        var labels = Enumerable.Repeat(0, 50).Concat(Enumerable.Repeat(1, 30)).Concat(Enumerable.Repeat(2, 15)).Concat(Enumerable.Repeat(3, 5))
            .OrderBy(_ => random.Next()).ToArray();
        const double fraction = 0.3;

        var (train, test) = Split.Stratified(labels, fraction, seed: 7);

        Assert.Empty(train.Intersect(test));
        Assert.Equal(Enumerable.Range(0, labels.Length), train.Concat(test).Order());
        Assert.Equal(test.Order(), test);
        foreach (var c in labels.Distinct())
        {
            var inClass = labels.Count(l => l == c);
            var inTest = test.Count(i => labels[i] == c);
            Assert.InRange(inTest, inClass * fraction - 1, inClass * fraction + 1);
        }
        // 50*0.3 = 15, 30*0.3 = 9, 15*0.3 = 4.5 -> 4 (to even), 5*0.3 = 1.5 -> 2 (to even)
        Assert.Equal(15 + 9 + 4 + 2, test.Length);
    }

    [Fact]
    public void Stratified_same_seed_gives_same_split_and_another_seed_another()
    {
        var labels = Enumerable.Range(0, 200).Select(i => i % 3).ToArray();

        Assert.Equal(Split.Stratified(labels, 0.25, 1).Test, Split.Stratified(labels, 0.25, 1).Test);
        Assert.NotEqual(Split.Stratified(labels, 0.25, 1).Test, Split.Stratified(labels, 0.25, 2).Test);
    }

    [Fact]
    public void Stratified_bool_labels_are_the_same_as_0_1_labels()
    {
        var bools = Enumerable.Range(0, 60).Select(i => i % 4 == 0).ToArray();
        var ints = bools.Select(b => b ? 1 : 0).ToArray();

        var fromBools = Split.Stratified(bools, 0.2, 9);
        var fromInts = Split.Stratified(ints, 0.2, 9);

        Assert.Equal(fromInts.Test, fromBools.Test);
        Assert.Equal(3, fromBools.Test.Count(i => bools[i])); // 15 positives * 0.2
        Assert.Equal(9, fromBools.Test.Count(i => !bools[i])); // 45 negatives * 0.2
    }

    [Fact]
    public void Stratified_argument_errors_name_the_parameter()
    {
        Assert.Equal("labels", Assert.Throws<ArgumentNullException>(() => Split.Stratified((int[])null!, 0.5, 0)).ParamName);
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => Split.Stratified([1], 0.5, 0)).ParamName);
        Assert.Equal("testFraction", Assert.Throws<ArgumentOutOfRangeException>(() => Split.Stratified([0, 1, 0, 1], 1.0, 0)).ParamName);
    }

    [Fact]
    public void Stratified_refuses_to_return_an_empty_side()
    {
        // Five classes of two rows: 2 * 0.2 = 0.4 rounds to 0 in every class, so nothing would be held out.
        int[] labels = [0, 0, 1, 1, 2, 2, 3, 3, 4, 4];
        var e = Assert.Throws<ArgumentException>(() => Split.Stratified(labels, 0.2, 0));
        Assert.Equal("testFraction", e.ParamName);
        Assert.Contains("test set empty", e.Message);

        // One row per class at 0.9: every class goes to the test set.
        e = Assert.Throws<ArgumentException>(() => Split.Stratified([0, 1, 2], 0.9, 0));
        Assert.Contains("training set empty", e.Message);
    }

    [Fact]
    public void Shuffled_is_a_seeded_permutation()
    {
        var a = Split.Shuffled(50, 3);

        Assert.Equal(Enumerable.Range(0, 50), a.Order());
        Assert.NotEqual(Enumerable.Range(0, 50), a);
        Assert.Equal(a, Split.Shuffled(50, 3));
    }
}
