using Curriculum.Data;
using Curriculum.Tests.Support;
using Curriculum.Text;
using Curriculum.Training;
using static TorchSharp.torch;

namespace Curriculum.Tests.Text;

[Collection(TorchCollection.Name)]
public class PretrainedCharGptTests
{
    [Fact]
    public void The_vocabulary_covers_both_authors_and_is_stable()
    {
        var vocab = PretrainedCharGpt.Vocabulary();
        Assert.All(Novels.Text("Melville").Distinct(), c => Assert.True(vocab.Contains(c), $"'{c}' missing"));
        Assert.True(vocab.Contains('\n'));
        Assert.Equal(vocab.Characters, PretrainedCharGpt.Vocabulary().Characters);
        Assert.Equal(vocab.Characters.Order(), vocab.Characters);
    }

    [Fact]
    public void The_pretrained_model_predicts_held_out_Austen_far_better_than_its_untrained_twin()
    {
        // Independent of the training script: an untrained model of the same shape is near the uniform log2(V).
        var vocab = PretrainedCharGpt.Vocabulary();
        var heldOut = vocab.Encode(Novels.Text("Austen", "Northanger Abbey")[..20_000]);
        using var pretrained = PretrainedCharGpt.Load(vocab);
        manual_seed(1);
        using var untrained = PretrainedCharGpt.Untrained(vocab);
        double Bits(Curriculum.Models.MiniGpt m) =>
            CharLmTrainer.BitsPerChar(m, (x, s) => m.Step(x, s), heldOut, streams: 10, window: 64, carryState: false);
        var (trained, random) = (Bits(pretrained), Bits(untrained));
        Assert.True(trained < 2.4, $"pretrained: {trained:0.000} bits per character on held-out Austen");
        Assert.True(random > Math.Log2(vocab.Size) - 1, $"untrained: {random:0.000}");
        Assert.False(pretrained.training);
    }

    [Fact]
    public void A_file_that_is_not_the_checkpoint_is_named_with_how_to_restore_it()
    {
        // The checksum guards the committed file; here the loader is given a file of the wrong architecture.
        var vocab = new CharVocabulary("ab");
        var e = Assert.ThrowsAny<Exception>(() => PretrainedCharGpt.Load(vocab));
        Assert.Contains("austen-gpt.bin", e.Message);
        Assert.Throws<ArgumentNullException>(() => PretrainedCharGpt.Untrained(null!));
    }
}
