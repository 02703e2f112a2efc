using Curriculum.Metrics;
using Curriculum.Models;
using Curriculum.Tests.Support;
using Curriculum.Training;
using Curriculum.Vision;
using TorchSharp;
using static TorchSharp.torch;

namespace Curriculum.Tests.Training;

[Collection(TorchCollection.Name)]
public class MetricLearningTests
{
    [Fact]
    public void Pairwise_distances_are_euclidean_with_a_finite_gradient_on_the_diagonal()
    {
        using var e = tensor(new float[] { 0, 0, 3, 4, 1, 1 }, [3, 2], requires_grad: true);
        using var d = MetricLearning.PairwiseDistances(e);
        Assert.Equal(5, d[0, 1].item<float>(), 4);
        Assert.Equal(Math.Sqrt(2), d[0, 2].item<float>(), 4);
        Assert.Equal(Math.Sqrt(13), d[1, 2].item<float>(), 4);
        Assert.True(d[1, 1].item<float>() < 1e-5);
        d.sum().backward();
        Assert.False(e.grad!.isnan().any().item<bool>());
    }

    [Fact]
    public void Batch_hard_triplet_loss_equals_a_hand_computed_case()
    {
        // 1-D embeddings: identity 0 at 0 and 1, identity 1 at 1.5 and 3; margin 0.3.
        // anchor 0: hardest positive 1, hardest negative 1.5 → max(0, 1 − 1.5 + 0.3) = 0
        // anchor 1: positive 1, negative 0.5 → 0.8; anchor 1.5: positive 1.5, negative 0.5 → 1.3; anchor 3: 1.5 − 2 + 0.3 < 0 → 0
        using var e = tensor(new float[] { 0, 1, 1.5f, 3 }, [4, 1]);
        using var y = tensor(new long[] { 0, 0, 1, 1 });
        Assert.Equal(2.1 / 4, MetricLearning.BatchHardTripletLoss(e, y, 0.3).item<float>(), 4);

        // A fifth point with no positive in the batch is left out as an anchor (and is too far to be anyone's hardest negative).
        using var e5 = tensor(new float[] { 0, 1, 1.5f, 3, 10 }, [5, 1]);
        using var y5 = tensor(new long[] { 0, 0, 1, 1, 2 });
        Assert.Equal(2.1 / 4, MetricLearning.BatchHardTripletLoss(e5, y5, 0.3).item<float>(), 4);

        using var alone = tensor(new long[] { 0, 1, 2, 3 });
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => MetricLearning.BatchHardTripletLoss(e, alone)).ParamName);
    }

    [Fact]
    public void Pk_batches_hold_P_identities_times_K_images_and_cover_every_image()
    {
        var labels = Enumerable.Range(0, 50).Select(i => i / 5).ToArray(); // 10 identities × 5 images
        var batches = MetricLearning.PkBatches(labels, identitiesPerBatch: 4, imagesPerIdentity: 2, new Random(1));
        Assert.Equal(3 * 3, batches.Count); // ceil(5 / 2) = 3 rounds of 10 identities in groups 4, 4, 2
        foreach (var batch in batches)
        {
            var groups = batch.GroupBy(i => labels[i]).ToArray();
            Assert.InRange(groups.Length, 2, 4);
            Assert.All(groups, g => Assert.Equal(2, g.Distinct().Count()));
        }
        Assert.Equal(50, batches.SelectMany(b => b).Distinct().Count());
        Assert.Equal(batches, MetricLearning.PkBatches(labels, 4, 2, new Random(1)));
        Assert.Equal("imagesPerIdentity", Assert.Throws<ArgumentOutOfRangeException>(() => MetricLearning.PkBatches(labels, 4, 1, new Random(1))).ParamName);
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => MetricLearning.PkBatches([0, 0, 1], 2, 2, new Random(1))).ParamName);
    }

    [Fact]
    public void Triplet_training_lowers_the_loss_and_separates_unseen_people()
    {
        manual_seed(3);
        var train = SyntheticFaces.Generate(24, 4, seed: 21, variation: new FaceVariation(MaxShift: 1, MaxRotationDegrees: 5, Noise: 0.03));
        var test = SyntheticFaces.Generate(8, 4, seed: 22, variation: new FaceVariation(MaxShift: 1, MaxRotationDegrees: 5, Noise: 0.03));
        var (x, _) = ImageTensors.ToTensors(train);
        var (testX, _) = ImageTensors.ToTensors(test);
        using var model = new FaceEmbedder(embeddingSize: 16, channels: 4);
        var pairsBefore = Verification.AllPairs(MetricLearning.Embed(model, testX), test.Labels);
        var aucBefore = Curves.RocAuc(pairsBefore.SameIdentity, pairsBefore.Similarity);
        var optimizer = optim.Adam(model.parameters(), lr: 0.003);
        var random = new Random(3);
        var first = MetricLearning.TripletEpoch(model, optimizer, x, train.Labels, 8, 4, 0.3, random);
        TripletEpochResult last = first;
        for (var epoch = 0; epoch < 40; epoch++) last = MetricLearning.TripletEpoch(model, optimizer, x, train.Labels, 8, 4, 0.3, random);
        var pairs = Verification.AllPairs(MetricLearning.Embed(model, testX), test.Labels);
        var auc = Curves.RocAuc(pairs.SameIdentity, pairs.Similarity);

        Assert.True(last.Loss < first.Loss * 0.7, $"loss {first.Loss:0.000} → {last.Loss:0.000}");
        Assert.True(auc > aucBefore + 0.1 && auc > 0.8, $"unseen-people AUC {aucBefore:0.000} → {auc:0.000}");
    }
}
