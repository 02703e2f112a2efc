using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Curriculum.Models;

/// <summary>
/// A character language model conditioned on an author: a character embedding and an author embedding, concatenated at
/// every step (so the author stays in view however long the text), one GRU layer, and a linear layer to next-character
/// logits. One model learns several authors; at generation time the author id chooses the style. Introduced in lesson 20.
/// </summary>
public sealed class AuthorGru : Module<Tensor, Tensor, Tensor>
{
    private readonly Module<Tensor, Tensor> characters, authors, head;
    private readonly TorchSharp.Modules.GRU gru;

    public AuthorGru(int vocabularySize, int authorCount, int embeddingSize = 64, int authorSize = 16, int hiddenSize = 256)
        : base(nameof(AuthorGru))
    {
        if (vocabularySize < 2) throw new ArgumentOutOfRangeException(nameof(vocabularySize), vocabularySize, "need at least 2 characters");
        if (authorCount < 1) throw new ArgumentOutOfRangeException(nameof(authorCount), authorCount, "need at least one author");
        if (embeddingSize < 1) throw new ArgumentOutOfRangeException(nameof(embeddingSize), embeddingSize, "must be positive");
        if (authorSize < 1) throw new ArgumentOutOfRangeException(nameof(authorSize), authorSize, "must be positive");
        if (hiddenSize < 1) throw new ArgumentOutOfRangeException(nameof(hiddenSize), hiddenSize, "must be positive");
        AuthorCount = authorCount;
        characters = Embedding(vocabularySize, embeddingSize);
        authors = Embedding(authorCount, authorSize);
        gru = GRU(embeddingSize + authorSize, hiddenSize, batchFirst: true);
        head = Linear(hiddenSize, vocabularySize);
        RegisterComponents();
    }

    public int AuthorCount { get; }

    /// <summary>Logits [B, T, V] for ids [B, T] written by authors [B], from an empty state.</summary>
    public override Tensor forward(Tensor ids, Tensor authorIds) => Step(ids, authorIds, null).Logits;

    /// <summary>
    /// One stretch of text: ids [B, T], one author id per row [B], and the state from the previous stretch (null at the
    /// start). Returns logits [B, T, V] and the GRU's hidden state [1, B, hidden] to carry on.
    /// </summary>
    public (Tensor Logits, Tensor State) Step(Tensor ids, Tensor authorIds, Tensor? state)
    {
        if (ids.dim() != 2) throw new ArgumentException($"expected ids shaped [B, T], got [{string.Join(", ", ids.shape)}]", nameof(ids));
        if (authorIds.dim() != 1 || authorIds.shape[0] != ids.shape[0])
            throw new ArgumentException($"expected one author id per row ([{ids.shape[0]}]), got [{string.Join(", ", authorIds.shape)}]", nameof(authorIds));
        using var scope = NewDisposeScope();
        var author = authors.call(authorIds).unsqueeze(1).expand(-1, ids.shape[1], -1);
        var input = cat([characters.call(ids), author], 2);
        var (output, hidden) = gru.call(input, state);
        return (head.call(output).MoveToOuterDisposeScope(), hidden.MoveToOuterDisposeScope());
    }
}
