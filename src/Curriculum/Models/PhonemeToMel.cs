using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Curriculum.Models;

/// <summary>
/// A small text-to-spectrogram decoder: frame-level phoneme features [N, inputs, frames] (from
/// <c>Audio.PhonemeFrames.Encode</c>) to log mel frames [N, mels, frames]. A 1×1 convolution embeds each frame's
/// phoneme and positions, then residual blocks of dilated 1-D convolutions over time (by default kernel 5 and dilations 1, 2, 1, 2:
/// each frame sees ±12 frames of context, <see cref="ContextFrames"/>) shape the spectral trajectory, and a 1×1 convolution projects to the mel bands. The
/// durations come with the input (as in FastSpeech, Ren et al. 2019, with given durations and no attention); being
/// purely convolutional with a short reach, it synthesises sequences of any length, and words separated by at least
/// that much silence are each said as if alone. Introduced in lesson 28.
/// </summary>
public sealed class PhonemeToMel : Module<Tensor, Tensor>
{
    private readonly Module<Tensor, Tensor> embed, output;
    private readonly TorchSharp.Modules.ModuleList<Module<Tensor, Tensor>> blocks;
    private readonly int inputs;

    public PhonemeToMel(int inputs, int mels = 64, int channels = 128, int kernel = 5, int[]? dilations = null) : base(nameof(PhonemeToMel))
    {
        if (inputs <= 0) throw new ArgumentOutOfRangeException(nameof(inputs), inputs, "must be positive (features per frame)");
        if (mels <= 0) throw new ArgumentOutOfRangeException(nameof(mels), mels, "must be positive");
        if (channels <= 0) throw new ArgumentOutOfRangeException(nameof(channels), channels, "must be positive");
        if (kernel <= 0 || kernel % 2 == 0) throw new ArgumentOutOfRangeException(nameof(kernel), kernel, "must be odd, so the output keeps the input's length");
        dilations ??= [1, 2, 1, 2];
        if (dilations.Length == 0 || dilations.Any(d => d <= 0)) throw new ArgumentException("need at least one block, each with a positive dilation", nameof(dilations));
        this.inputs = inputs;
        ContextFrames = dilations.Sum(d => d * (kernel / 2));
        embed = Conv1d(inputs, channels, kernel_size: 1);
        blocks = ModuleList<Module<Tensor, Tensor>>();
        foreach (var dilation in dilations)
            blocks.Add(Conv1d(channels, channels, kernel_size: kernel, padding: dilation * (kernel / 2), dilation: dilation));
        output = Conv1d(channels, mels, kernel_size: 1);
        RegisterComponents();
    }

    /// <summary>How many frames on each side can influence an output frame: Σ dilation · (kernel − 1) / 2.</summary>
    public int ContextFrames { get; }

    public override Tensor forward(Tensor input)
    {
        if (input.dim() != 3 || input.shape[1] != inputs)
            throw new ArgumentException($"expected phoneme frames shaped [N, {inputs}, frames], got [{string.Join(", ", input.shape)}]", nameof(input));
        using var scope = NewDisposeScope();
        var x = functional.relu(embed.call(input));
        foreach (var block in blocks) x = x + functional.relu(block.call(x));
        return output.call(x).MoveToOuterDisposeScope();
    }
}
