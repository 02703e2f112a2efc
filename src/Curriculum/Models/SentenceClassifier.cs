using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Curriculum.Models;

/// <summary>
/// A text classifier on top of a frozen encoder's lower blocks: the encoder's top block (a <see cref="BertLayer"/>,
/// copied from the pretrained model so fine-tuning cannot change the original), then the sentence vector
/// (<see cref="MiniLmEncoder.MeanPool"/>) and a linear head to one logit per class. Input: the token states after the
/// lower blocks [B, T, 384] and the mask [B, T]; output [B, classes]. Introduced in lesson 01.
/// </summary>
public sealed class SentenceClassifier : Module<Tensor, Tensor, Tensor>
{
    private readonly BertLayer block;
    private readonly Module<Tensor, Tensor> head;

    /// <param name="pretrainedTop">The pretrained block to start from (its weights are copied).</param>
    /// <param name="classes">Number of classes (2 for spam / ham).</param>
    public SentenceClassifier(BertLayer pretrainedTop, int classes = 2) : base(nameof(SentenceClassifier))
    {
        ArgumentNullException.ThrowIfNull(pretrainedTop);
        if (classes < 2) throw new ArgumentOutOfRangeException(nameof(classes), classes, "a classifier needs at least two classes");
        block = new BertLayer();
        block.load_state_dict(pretrainedTop.state_dict());
        head = Linear(MiniLmEncoder.ModelSize, classes);
        RegisterComponents();
    }

    /// <summary>The copied top block, to fine-tune it or to put LoRA adapters on it. Introduced in lesson 01.</summary>
    public BertLayer Block => block;

    /// <summary>The head's weights (the part that is new, not pretrained). Introduced in lesson 01.</summary>
    public IEnumerable<TorchSharp.Modules.Parameter> HeadParameters => head.parameters();

    public override Tensor forward(Tensor states, Tensor mask)
    {
        using var scope = NewDisposeScope();
        return head.call(MiniLmEncoder.MeanPool(block.call(states, mask), mask)).MoveToOuterDisposeScope();
    }
}
