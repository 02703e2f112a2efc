using Curriculum.Data;
using Curriculum.Recommendation;
using Curriculum.Tests.Support;

namespace Curriculum.Tests.Recommendation;

[Collection(TorchCollection.Name)]
public class RatingTensorsTests
{
    [Fact]
    public void Rows_are_dense_user_and_item_rows_with_the_ratings()
    {
        MovieRating[] ratings = [new(7, 100, 4.5f, 0), new(3, 50, 1f, 0)];
        var (pairs, values) = RatingTensors.From(ratings, new IdIndex([3, 7]), new IdIndex([50, 100, 200]));
        using (pairs) using (values)
        {
            Assert.Equal(new long[] { 2, 2 }, pairs.shape);
            Assert.Equal(new long[] { 1, 1, 0, 0 }, pairs.data<long>().ToArray());
            Assert.Equal(new[] { 4.5f, 1f }, values.data<float>().ToArray());
        }
    }

    [Fact]
    public void An_id_missing_from_the_index_is_an_error()
    {
        Assert.Throws<ArgumentException>(() => RatingTensors.From([new(9, 50, 1f, 0)], new IdIndex([3]), new IdIndex([50])));
    }
}
