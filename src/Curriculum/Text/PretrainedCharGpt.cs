using Curriculum.Data;
using Curriculum.Models;

namespace Curriculum.Text;

/// <summary>
/// A small pretrained generator: lesson 12's character GPT (<see cref="MiniGpt"/>: 2 blocks, d = 64, 4 heads, a
/// 64-character window) trained for several minutes on three Austen novels (Pride and Prejudice, Sense and Sensibility,
/// Persuasion) by data/derive-austen-gpt.sh, and stored as data/austen-gpt.bin. No public pretrained language model ships
/// in a package this course may use offline, so this one is made by a committed, seeded script; held-out text
/// (Northanger Abbey, and Melville) was never trained on. Its characters are those of the whole novels file, so it can
/// read and be adapted to Melville too. Introduced in lesson 03 (to evaluate a generator; lesson 05 explains it).
/// </summary>
public static class PretrainedCharGpt
{
    public const string FileName = "austen-gpt.bin";

    /// <summary>The books it was trained on, all by Austen.</summary>
    public static readonly string[] TrainingBooks = ["Pride and Prejudice", "Sense and Sensibility", "Persuasion"];

    /// <summary>The character vocabulary: every character of data/novels.jsonl.gz (both authors), in code-point order. Introduced in lesson 03 (to evaluate a generator; lesson 05 explains it).</summary>
    public static CharVocabulary Vocabulary() => new(Novels.Load().SelectMany(p => p.Text).Append('\n'));

    /// <summary>The architecture, untrained: what the pretraining starts from and what a from-scratch comparison trains. Introduced in lesson 05.</summary>
    public static MiniGpt Untrained(CharVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        return new MiniGpt(vocabulary.Size, blockSize: 64, modelSize: 64, layers: 2, heads: 4);
    }

    /// <summary>The pretrained model from data/austen-gpt.bin (checksum checked first), in eval mode. Introduced in lesson 03 (to evaluate a generator; lesson 05 explains it).</summary>
    public static MiniGpt Load(CharVocabulary vocabulary)
    {
        var path = DataFiles.PathOf(FileName); // a missing or changed file is reported before any work
        var model = Untrained(vocabulary);
        try
        {
            model.load(path);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException or NotImplementedException)
        {
            model.Dispose();
            throw new InvalidDataException($"data/{FileName} does not hold the pretrained GPT's weights ({e.Message}). {DataFiles.Restore(FileName)}", e);
        }
        model.eval();
        return model;
    }
}
