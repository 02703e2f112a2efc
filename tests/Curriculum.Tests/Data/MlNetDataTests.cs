using Curriculum.Data;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Curriculum.Tests.Data;

public class MlNetDataTests
{
    private static readonly float[][] TwoRows = [[1f, 2f], [3f, 4f]];

    [Fact]
    public void Multiclass_labels_become_1_based_keys_with_the_class_count()
    {
        var ml = new MLContext(seed: 1);
        var labels = Enumerable.Range(0, 10).ToArray();
        var data = MlNetData.Multiclass(ml, labels.Select(l => new[] { (float)l }).ToArray(), labels, classCount: 10);

        var type = Assert.IsType<KeyDataViewType>(data.Schema["Label"].Type);
        Assert.Equal(10UL, type.Count);
        // Raw key values inside ML.NET: class k is key k + 1 (0 would mean missing).
        Assert.Equal(labels.Select(l => (uint)(l + 1)), data.GetColumn<uint>("Label"));
    }

    [Fact]
    public void A_trained_multiclass_model_predicts_the_0_based_classes()
    {
        // Three well separated clusters in 2-D; a maximum-entropy model gets every training point right, so the
        // predicted classes must equal the labels exactly, not be shifted by the 1-based keys.
        var random = new Random(3);
        (float X, float Y)[] centres = [(0, 0), (10, 0), (0, 10)];
        var labels = Enumerable.Range(0, 90).Select(i => i % 3).ToArray();
        var features = labels.Select(l => new[] { centres[l].X + (float)random.NextDouble(), centres[l].Y + (float)random.NextDouble() }).ToArray();
        var ml = new MLContext(seed: 1);
        var data = MlNetData.Multiclass(ml, features, labels, classCount: 3);

        var model = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy().Fit(data);
        var predicted = MlNetData.PredictedClasses(model.Transform(data));

        Assert.Equal(labels, predicted);
    }

    [Fact]
    public void Multiclass_rejects_labels_outside_the_classes()
    {
        var ml = new MLContext(seed: 1);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => MlNetData.Multiclass(ml, TwoRows, [0, 3], classCount: 3));
        Assert.Equal("labels", e.ParamName);
        Assert.Contains("found 3", e.Message);
        Assert.Equal("labels", Assert.Throws<ArgumentOutOfRangeException>(() => MlNetData.Multiclass(ml, TwoRows, [-1, 0], 3)).ParamName);
        Assert.Equal("labels", Assert.Throws<ArgumentNullException>(() => MlNetData.Multiclass(ml, TwoRows, null!, 3)).ParamName);
    }

    [Fact]
    public void Binary_has_a_boolean_label_and_a_fixed_size_feature_vector()
    {
        var ml = new MLContext(seed: 1);
        var data = MlNetData.Binary(ml, [[1f, 2f, 3f], [4f, 5f, 6f]], [true, false]);

        var features = Assert.IsType<VectorDataViewType>(data.Schema["Features"].Type);
        Assert.Equal(3, features.Size);
        Assert.Equal(NumberDataViewType.Single, features.ItemType);
        Assert.Equal(BooleanDataViewType.Instance, data.Schema["Label"].Type);
        Assert.Equal(new[] { true, false }, data.GetColumn<bool>("Label"));
        Assert.Equal(new[] { 4f, 5f, 6f }, data.GetColumn<float[]>("Features").ElementAt(1));
    }

    [Fact]
    public void Regression_has_a_float_label()
    {
        var ml = new MLContext(seed: 1);
        var data = MlNetData.Regression(ml, TwoRows, [1.5f, -2f]);

        Assert.Equal(NumberDataViewType.Single, data.Schema["Label"].Type);
        Assert.Equal(2, Assert.IsType<VectorDataViewType>(data.Schema["Features"].Type).Size);
        Assert.Equal(new[] { 1.5f, -2f }, MlNetData.Column(data, "Label"));
    }

    [Fact]
    public void Ragged_empty_and_mismatched_inputs_name_the_parameter()
    {
        var ml = new MLContext(seed: 1);

        var ragged = Assert.Throws<ArgumentException>(() => MlNetData.Regression(ml, [[1f, 2f], [3f, 4f], [5f]], [1f, 2f, 3f]));
        Assert.Equal("features", ragged.ParamName);
        Assert.Contains("row 2 has 1", ragged.Message);

        var mismatched = Assert.Throws<ArgumentException>(() => MlNetData.Binary(ml, TwoRows, [true]));
        Assert.Equal("labels", mismatched.ParamName);
        Assert.Contains("2 feature rows but 1 labels", mismatched.Message);

        Assert.Equal("features", Assert.Throws<ArgumentException>(() => MlNetData.Binary(ml, [], [])).ParamName);
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => MlNetData.Multiclass(ml, TwoRows, [0, 1, 1], 2)).ParamName);
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => MlNetData.Text(ml, ["a", "b"], [true])).ParamName);
    }

    [Fact]
    public void Text_rows_keep_text_and_label()
    {
        var ml = new MLContext(seed: 1);
        var data = MlNetData.Text(ml, ["hello", "spam spam"], [false, true]);

        Assert.Equal(new[] { "hello", "spam spam" }, data.GetColumn<string>("Text"));
        Assert.Equal(new[] { false, true }, data.GetColumn<bool>("Label"));
    }

    [Fact]
    public void SlotNames_lists_the_ngrams_behind_each_feature()
    {
        var ml = new MLContext(seed: 1);
        var data = MlNetData.Text(ml, ["the cat sat", "the dog sat"], [false, true]);
        var pipeline = ml.Transforms.Text.TokenizeIntoWords("Tokens", "Text")
            .Append(ml.Transforms.Conversion.MapValueToKey("Tokens"))
            .Append(ml.Transforms.Text.ProduceNgrams("Ngrams", "Tokens", ngramLength: 2, useAllLengths: true));
        var output = pipeline.Fit(data).Transform(data);

        var names = MlNetData.SlotNames(output, "Ngrams");

        // 4 words and 4 bigrams; ML.NET joins the words of an n-gram with '|'.
        Assert.Equal(new[] { "cat", "cat|sat", "dog", "dog|sat", "sat", "the", "the|cat", "the|dog" }, names.Order(StringComparer.Ordinal));
        Assert.Equal(names.Length, Assert.IsType<VectorDataViewType>(output.Schema["Ngrams"].Type).Size);
        // Slot i counts n-gram i: in "the cat sat" the slot named "cat|sat" is 1 and "dog|sat" is 0.
        var first = output.GetColumn<VBuffer<float>>("Ngrams").First().DenseValues().ToArray();
        Assert.Equal(1f, first[Array.IndexOf(names, "cat|sat")]);
        Assert.Equal(0f, first[Array.IndexOf(names, "dog|sat")]);
    }

    [Fact]
    public void SlotNames_errors_name_the_column()
    {
        var ml = new MLContext(seed: 1);
        var data = MlNetData.Text(ml, ["a"], [true]);

        var missing = Assert.Throws<ArgumentException>(() => MlNetData.SlotNames(data, "Nope"));
        Assert.Equal("column", missing.ParamName);
        Assert.Contains("the columns are Text, Label", missing.Message);
        Assert.Contains("has no slot names", Assert.Throws<ArgumentException>(() => MlNetData.SlotNames(data, "Text")).Message);
    }

    [Fact]
    public void LinearWeights_give_one_weight_per_feature_with_the_sign_of_its_effect()
    {
        // label = x0 - x2 > 0: x0 pushes towards true, x2 towards false, x1 is noise.
        var random = new Random(11);
        var features = Enumerable.Range(0, 300).Select(_ => new[] { Uniform(random), Uniform(random), Uniform(random) }).ToArray();
        var labels = features.Select(f => f[0] - f[2] > 0).ToArray();
        var ml = new MLContext(seed: 1);
        var data = MlNetData.Binary(ml, features, labels);

        var chain = ml.Transforms.NormalizeMinMax("Features")
            .Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression())
            .Fit(data);
        var w = MlNetData.LinearWeights(chain);

        Assert.Equal(3, w.Length);
        Assert.True(w[0] > 0 && w[2] < 0, $"weights {string.Join(", ", w)}");
        Assert.True(Math.Abs(w[1]) < Math.Abs(w[0]) / 5 && Math.Abs(w[1]) < Math.Abs(w[2]) / 5, $"weights {string.Join(", ", w)}");

        // The same model is good: it classifies (nearly) all rows right, and PredictedLabels reads them.
        var scored = chain.Transform(data);
        var predicted = MlNetData.PredictedLabels(scored);
        Assert.True(predicted.Zip(labels).Count(p => p.First == p.Second) >= 290);
        Assert.All(MlNetData.Column(scored, "Probability"), p => Assert.InRange(p, 0f, 1f));

        // A bare prediction transformer (no chain) works too.
        var bare = ml.BinaryClassification.Trainers.LbfgsLogisticRegression().Fit(data);
        Assert.Equal(3, MlNetData.LinearWeights(bare).Length);
        Assert.True(MlNetData.LinearWeights(bare)[0] > 0);
    }

    [Fact]
    public void LinearWeights_of_a_model_without_a_linear_predictor_is_an_argument_error()
    {
        var ml = new MLContext(seed: 1);
        var data = MlNetData.Binary(ml, TwoRows, [true, false]);
        var chain = ml.Transforms.NormalizeMinMax("Features").Fit(data);

        var e = Assert.Throws<ArgumentException>(() => MlNetData.LinearWeights(chain));
        Assert.Equal("model", e.ParamName);
        Assert.Contains("does not end in a linear predictor", e.Message);
    }

    private static float Uniform(Random r) => (float)(r.NextDouble() * 2 - 1);
}
