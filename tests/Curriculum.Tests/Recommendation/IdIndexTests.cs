using Curriculum.Recommendation;

namespace Curriculum.Tests.Recommendation;

public class IdIndexTests
{
    [Fact]
    public void Numbers_distinct_ids_in_ascending_order_and_maps_back()
    {
        var index = new IdIndex([671, 5, 31, 5, 1029]);
        Assert.Equal(4, index.Count);
        Assert.Equal([0, 1, 2, 3], new[] { 5, 31, 671, 1029 }.Select(index.RowOf));
        Assert.Equal(1029, index.IdAt(3));
        Assert.True(index.Contains(31));
        Assert.False(index.Contains(32));
    }

    [Fact]
    public void Unknown_ids_and_rows_are_clear_errors()
    {
        var index = new IdIndex([1, 2]);
        var e = Assert.Throws<ArgumentException>(() => index.RowOf(7));
        Assert.Contains("id 7", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => index.IdAt(2));
        Assert.Throws<ArgumentException>(() => new IdIndex([]));
    }
}
