using Curriculum.Models;
using Curriculum.Tests.Support;
using static TorchSharp.torch;

namespace Curriculum.Tests.Models;

[Collection(TorchCollection.Name)]
public class SentenceClassifierTests
{
    [Fact]
    public void Copies_the_pretrained_block_so_training_cannot_change_the_original()
    {
        manual_seed(8);
        using var pretrained = new BertLayer();
        using var classifier = new SentenceClassifier(pretrained);
        var original = pretrained.parameters().Select(p => p.clone()).ToList();
        Assert.Equal(pretrained.parameters().Sum(p => p.numel()), classifier.Block.parameters().Sum(p => p.numel()));
        Assert.All(pretrained.parameters().Zip(classifier.Block.parameters()), p => Assert.True(p.First.eq(p.Second).all().item<bool>()));
        using (no_grad()) foreach (var p in classifier.Block.parameters()) p.add_(1);
        Assert.All(pretrained.parameters().Zip(original), p => Assert.True(p.First.eq(p.Second).all().item<bool>()));
        foreach (var t in original) t.Dispose();
    }

    [Fact]
    public void Gives_one_logit_per_class_from_the_pooled_top_block()
    {
        manual_seed(9);
        using var pretrained = new BertLayer();
        using var classifier = new SentenceClassifier(pretrained, classes: 3);
        classifier.eval();
        using var states = randn(2, 5, 384);
        using var mask = tensor(new long[] { 1, 1, 1, 0, 0, 1, 1, 1, 1, 1 }).view(2, 5);
        using var logits = classifier.call(states, mask);
        Assert.Equal(new long[] { 2, 3 }, logits.shape);
        // Weights: the block (1,774,464) and the head 384·3 + 3.
        Assert.Equal(1_774_464 + 1_155, classifier.parameters().Sum(p => p.numel()));
        Assert.Equal(1_155, classifier.HeadParameters.Sum(p => p.numel()));
    }

    [Fact]
    public void Needs_a_block_and_two_classes()
    {
        using var block = new BertLayer(modelSize: 384);
        Assert.Equal("classes", Assert.Throws<ArgumentOutOfRangeException>(() => new SentenceClassifier(block, classes: 1)).ParamName);
        Assert.Throws<ArgumentNullException>(() => new SentenceClassifier(null!));
    }
}
