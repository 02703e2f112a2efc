using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Curriculum.Models;

/// <summary>
/// A character-level recurrent language model (Cho et al. 2014's gated recurrent unit): an embedding per character, a
/// GRU that carries a hidden state along the text, and a linear layer to next-character logits.
/// Shapes: ids [B, T] → embeddings [B, T, E] → GRU states [B, T, H] → logits [B, T, V]. Introduced in lesson 05.
/// </summary>
public sealed class CharGru : Module<Tensor, Tensor>
{
    private readonly Module<Tensor, Tensor> embedding, head;
    private readonly TorchSharp.Modules.GRU gru;

    public CharGru(int vocabularySize, int embeddingSize = 64, int hiddenSize = 256, int layers = 1, double dropout = 0)
        : base(nameof(CharGru))
    {
        if (vocabularySize < 2) throw new ArgumentOutOfRangeException(nameof(vocabularySize), vocabularySize, "need at least 2 characters");
        if (embeddingSize < 1) throw new ArgumentOutOfRangeException(nameof(embeddingSize), embeddingSize, "must be positive");
        if (hiddenSize < 1) throw new ArgumentOutOfRangeException(nameof(hiddenSize), hiddenSize, "must be positive");
        if (layers < 1) throw new ArgumentOutOfRangeException(nameof(layers), layers, "need at least one layer");
        VocabularySize = vocabularySize;
        embedding = Embedding(vocabularySize, embeddingSize);
        gru = GRU(embeddingSize, hiddenSize, numLayers: layers, batchFirst: true, dropout: layers > 1 ? dropout : 0);
        head = Linear(hiddenSize, vocabularySize);
        RegisterComponents();
    }

    public int VocabularySize { get; }

    /// <summary>Logits [B, T, V] for ids [B, T], starting from a zero state.</summary>
    public override Tensor forward(Tensor ids) => Step(ids, null).Logits;

    /// <summary>
    /// One stretch of text from a given hidden state (null = zeros): logits [B, T, V] and the state after the last
    /// character, [layers, B, H], to pass into the next stretch. Introduced in lesson 05.
    /// </summary>
    public (Tensor Logits, Tensor State) Step(Tensor ids, Tensor? state)
    {
        if (ids.dim() != 2) throw new ArgumentException($"expected ids shaped [B, T], got [{string.Join(", ", ids.shape)}]", nameof(ids));
        using var scope = NewDisposeScope();
        var (output, hidden) = gru.call(embedding.call(ids), state);
        return (head.call(output).MoveToOuterDisposeScope(), hidden.MoveToOuterDisposeScope());
    }
}
