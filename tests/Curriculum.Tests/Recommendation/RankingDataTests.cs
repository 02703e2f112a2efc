using Curriculum.Data;
using Curriculum.Recommendation;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Curriculum.Tests.Recommendation;

public class RankingDataTests
{
    private static RankingRow Row(uint group, float label, params float[] f) => new() { GroupId = group, Label = label, Features = f };

    [Fact]
    public void Loads_a_vector_column_a_label_and_a_group_key()
    {
        var ml = new MLContext(seed: 1);
        var view = RankingData.Load(ml, [Row(3, 1, 1, 2), Row(3, 0, 3, 4), Row(5, 0, 5, 6)]);

        Assert.Equal(2, ((VectorDataViewType)view.Schema["Features"].Type).Size);
        Assert.IsType<KeyDataViewType>(view.Schema["GroupId"].Type);
        Assert.Equal(new[] { 1f, 0f, 0f }, MlNetData.Column(view, "Label"));
    }

    [Fact]
    public void A_ranker_learns_to_put_the_labelled_candidate_first()
    {
        // In every group the relevant candidate has the larger first feature; the second feature is noise.
        var rng = new Random(2);
        var rows = new List<RankingRow>();
        for (uint g = 0; g < 60; g++)
            for (var c = 0; c < 5; c++)
                rows.Add(Row(g, c == 0 ? 1 : 0, c == 0 ? 1 + (float)rng.NextDouble() : (float)rng.NextDouble(), (float)rng.NextDouble()));
        var ml = new MLContext(seed: 2);
        var model = ml.Ranking.Trainers.FastTree(numberOfTrees: 20, minimumExampleCountPerLeaf: 2).Fit(RankingData.Load(ml, rows));

        var scores = MlNetData.Column(model.Transform(RankingData.Load(ml, rows)), "Score");

        for (var g = 0; g < 60; g++)
            Assert.Equal(0, Enumerable.Range(0, 5).MaxBy(c => scores[g * 5 + c]));
    }

    [Fact]
    public void Ragged_features_and_interleaved_groups_are_errors()
    {
        var ml = new MLContext();
        Assert.Contains("same", Assert.Throws<ArgumentException>(() => RankingData.Load(ml, [Row(1, 0, 1), Row(1, 0, 1, 2)])).Message);
        Assert.Contains("contiguous", Assert.Throws<ArgumentException>(() => RankingData.Load(ml, [Row(1, 0, 1), Row(2, 0, 1), Row(1, 0, 1)])).Message);
    }
}
