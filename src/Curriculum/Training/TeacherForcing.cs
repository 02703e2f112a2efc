using Curriculum.Models;
using Curriculum.Text;
using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Curriculum.Training;

/// <summary>
/// Teacher forcing for sequence-to-sequence models: the decoder reads the true target shifted right
/// (&lt;bos&gt; y1 … y(n-1)) and is trained to predict y1 … yn &lt;eos&gt; at every position at once, with cross-entropy
/// that ignores padding. Introduced in lesson 08.
/// </summary>
public static class TeacherForcing
{
    /// <summary>
    /// The teacher-forced loss of <paramref name="model"/> on source ids [N, S] and target ids [N, T] (with &lt;bos&gt;
    /// and &lt;eos&gt;): mean cross-entropy over the non-padding target positions. Introduced in lesson 08.
    /// </summary>
    public static Tensor Loss(Seq2SeqTransformer model, Tensor source, Tensor target, double labelSmoothing = 0)
    {
        ArgumentNullException.ThrowIfNull(model);
        CheckPair(source, target);
        using var scope = NewDisposeScope();
        var logits = model.call(source, target.narrow(1, 0, target.shape[1] - 1));
        return TokenLoss(logits, target.narrow(1, 1, target.shape[1] - 1), labelSmoothing).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// Trains <paramref name="model"/> with teacher forcing through <see cref="Trainer.Fit"/> (shuffled mini-batches,
    /// a dispose scope per step, live progress, evaluation after every epoch, early stopping on
    /// <see cref="TrainOptions.Monitor"/>). Source and target rows are packed side by side so the shared trainer can
    /// shuffle them together. Introduced in lesson 08.
    /// </summary>
    public static TrainingHistory Fit(Seq2SeqTransformer model, optim.Optimizer optimizer, Tensor source, Tensor target,
        Func<IReadOnlyDictionary<string, double>> evaluate, TrainOptions options, double labelSmoothing = 0)
    {
        ArgumentNullException.ThrowIfNull(model);
        CheckPair(source, target);
        using var targetIn = target.narrow(1, 0, target.shape[1] - 1);
        using var targetOut = target.narrow(1, 1, target.shape[1] - 1).contiguous();
        using var packed = cat([source, targetIn], 1);
        var adapter = new Packed(model, source.shape[1]); // not disposed: disposing it would dispose the model
        return Trainer.Fit(adapter, optimizer, (logits, y) => TokenLoss(logits, y, labelSmoothing), packed, targetOut, evaluate, options);
    }

    private static Tensor TokenLoss(Tensor logits, Tensor targetOut, double labelSmoothing) =>
        functional.cross_entropy(logits.reshape(-1, logits.shape[2]), targetOut.reshape(-1),
            ignore_index: TranslationVocabulary.Pad, label_smoothing: labelSmoothing);

    private static void CheckPair(Tensor source, Tensor target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        if (source.dim() != 2 || target.dim() != 2 || source.shape[0] != target.shape[0])
            throw new ArgumentException($"source [N, S] and target [N, T] must have the same N; got [{string.Join(", ", source.shape)}] and [{string.Join(", ", target.shape)}]", nameof(target));
        if (target.shape[1] < 2) throw new ArgumentException("target rows need at least <bos> and <eos>", nameof(target));
    }

    /// <summary>Lets the shared trainer feed (source | target-in) rows to a two-input model.</summary>
    private sealed class Packed : Module<Tensor, Tensor>
    {
        private readonly Seq2SeqTransformer inner;
        private readonly long sourceLength;

        public Packed(Seq2SeqTransformer inner, long sourceLength) : base(nameof(Packed))
        {
            this.inner = inner;
            this.sourceLength = sourceLength;
            RegisterComponents();
        }

        public override Tensor forward(Tensor x) =>
            inner.call(x.narrow(1, 0, sourceLength), x.narrow(1, sourceLength, x.shape[1] - sourceLength));
    }
}
