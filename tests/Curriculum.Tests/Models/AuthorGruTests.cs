using Curriculum.Models;
using Curriculum.Tests.Support;
using static TorchSharp.torch;

namespace Curriculum.Tests.Models;

[Collection(TorchCollection.Name)]
public class AuthorGruTests
{
    [Fact]
    public void Logits_depend_on_the_author_and_the_state_carries_over()
    {
        manual_seed(9);
        using var model = new AuthorGru(7, authorCount: 2, embeddingSize: 4, authorSize: 3, hiddenSize: 8);
        model.eval();
        using var _ = no_grad();
        using var ids = randint(0, 7, [2, 6], dtype: ScalarType.Int64);
        using var same = tensor(new long[] { 0, 0 });
        using var mixed = tensor(new long[] { 0, 1 });

        var (a, state) = model.Step(ids, same, null);
        var (b, _) = model.Step(ids, mixed, null);
        Assert.Equal(new long[] { 2, 6, 7 }, a.shape);
        Assert.Equal(new long[] { 1, 2, 8 }, state.shape);
        Assert.True(allclose(a[0], b[0]));
        Assert.False(allclose(a[1], b[1], atol: 1e-4));

        var (_, mid) = model.Step(ids[.., ..4], same, null);
        var (tail, _) = model.Step(ids[.., 4..], same, mid);
        Assert.True(allclose(a[.., 4..], tail, atol: 1e-6));
    }

    [Fact]
    public void One_author_id_per_row_is_required()
    {
        using var model = new AuthorGru(5, 2, 4, 2, 4);
        Assert.Equal("authorIds", Assert.Throws<ArgumentException>(() => model.Step(zeros(3, 2, dtype: ScalarType.Int64), zeros(2, dtype: ScalarType.Int64), null)).ParamName);
    }

    [Theory]
    [InlineData(1, 2, 4, 2, 4, "vocabularySize")]
    [InlineData(5, 0, 4, 2, 4, "authorCount")]
    [InlineData(5, 2, 0, 2, 4, "embeddingSize")]
    [InlineData(5, 2, 4, 0, 4, "authorSize")]
    [InlineData(5, 2, 4, 2, 0, "hiddenSize")]
    public void Bad_sizes_name_the_argument(int vocabulary, int authors, int embedding, int authorSize, int hidden, string name)
    {
        Assert.Equal(name, Assert.Throws<ArgumentOutOfRangeException>(() => new AuthorGru(vocabulary, authors, embedding, authorSize, hidden)).ParamName);
    }
}
