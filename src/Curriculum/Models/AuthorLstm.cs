using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Curriculum.Models;

/// <summary>
/// A conditional character language model: an LSTM (Hochreiter and Schmidhuber 1997) whose input at every step is the
/// character's embedding concatenated with an embedding of the requested author (a learned "author token" that never
/// scrolls out of reach, unlike a token prepended once). Shapes: ids [B, T], authors [B] → logits [B, T, V].
/// Introduced in lesson 20.
/// </summary>
public sealed class AuthorLstm : Module<Tensor, Tensor, Tensor>
{
    private readonly Module<Tensor, Tensor> characters, authors, head;
    private readonly TorchSharp.Modules.LSTM lstm;

    public AuthorLstm(int vocabularySize, int authorCount, int embeddingSize = 64, int authorSize = 16, int hiddenSize = 256)
        : base(nameof(AuthorLstm))
    {
        if (vocabularySize < 2) throw new ArgumentOutOfRangeException(nameof(vocabularySize), vocabularySize, "need at least 2 characters");
        if (authorCount < 1) throw new ArgumentOutOfRangeException(nameof(authorCount), authorCount, "need at least one author");
        if (embeddingSize < 1 || authorSize < 1 || hiddenSize < 1)
            throw new ArgumentOutOfRangeException(nameof(hiddenSize), "embedding, author and hidden sizes must be positive");
        AuthorCount = authorCount;
        characters = Embedding(vocabularySize, embeddingSize);
        authors = Embedding(authorCount, authorSize);
        lstm = LSTM(embeddingSize + authorSize, hiddenSize, batchFirst: true);
        head = Linear(hiddenSize, vocabularySize);
        RegisterComponents();
    }

    public int AuthorCount { get; }

    /// <summary>Logits [B, T, V] for ids [B, T] written "as" authors [B] (int64), from a zero state.</summary>
    public override Tensor forward(Tensor ids, Tensor authorIds) => Step(ids, authorIds, null).Logits;

    /// <summary>
    /// One stretch of text from a carried state (null = zeros): logits [B, T, V] and the state after it, the LSTM's hidden
    /// and cell states stacked as [2, 1, B, H]. Introduced in lesson 20.
    /// </summary>
    public (Tensor Logits, Tensor State) Step(Tensor ids, Tensor authorIds, Tensor? state)
    {
        if (ids.dim() != 2) throw new ArgumentException($"expected ids shaped [B, T], got [{string.Join(", ", ids.shape)}]", nameof(ids));
        if (authorIds.dim() != 1 || authorIds.shape[0] != ids.shape[0])
            throw new ArgumentException($"expected one author id per row ([{ids.shape[0]}]), got [{string.Join(", ", authorIds.shape)}]", nameof(authorIds));
        using var scope = NewDisposeScope();
        var author = authors.call(authorIds).unsqueeze(1).expand(-1, ids.shape[1], -1);
        var input = cat([characters.call(ids), author], 2);
        var (output, h, c) = lstm.call(input, state is null ? null : (state[0], state[1]));
        return (head.call(output).MoveToOuterDisposeScope(), stack([h, c]).MoveToOuterDisposeScope());
    }
}
