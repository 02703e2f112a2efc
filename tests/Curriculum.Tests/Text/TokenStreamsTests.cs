using Curriculum.Tests.Support;
using Curriculum.Text;

namespace Curriculum.Tests.Text;

[Collection(TorchCollection.Name)]
public class TokenStreamsTests
{
    [Fact]
    public void Cuts_the_text_into_contiguous_streams_read_window_by_window()
    {
        var s = new TokenStreams(Enumerable.Range(0, 21).ToArray(), streams: 2, window: 3);

        Assert.Equal(3, s.Count);   // each stream has 10 characters: 3 windows of 3 plus the last target
        var (x0, y0) = s.Batch(0);
        Assert.Equal(new long[] { 0, 1, 2, 10, 11, 12 }, x0.data<long>().ToArray());
        Assert.Equal(new long[] { 1, 2, 3, 11, 12, 13 }, y0.data<long>().ToArray());
        var (x1, _) = s.Batch(1);
        Assert.Equal(new long[] { 3, 4, 5, 13, 14, 15 }, x1.data<long>().ToArray());
        Assert.Equal(x0.data<long>().ToArray(), s.Batch(3).X.data<long>().ToArray());
        Assert.Equal(new long[] { 2, 3 }, x0.shape);
    }

    [Fact]
    public void Combine_puts_streams_side_by_side()
    {
        var a = new TokenStreams(Enumerable.Range(0, 9).ToArray(), 1, 2);
        var b = new TokenStreams(Enumerable.Range(100, 20).ToArray(), 2, 2);
        var c = TokenStreams.Combine(a, b);

        Assert.Equal(3, c.Streams);
        Assert.Equal(4, c.Count);
        Assert.Equal(new long[] { 0, 1, 100, 101, 109, 110 }, c.Batch(0).X.data<long>().ToArray());
    }

    [Fact]
    public void Too_short_a_text_is_refused()
    {
        Assert.Equal("ids", Assert.Throws<ArgumentException>(() => new TokenStreams([1, 2, 3], 2, 2)).ParamName);
        Assert.Equal("window", Assert.Throws<ArgumentOutOfRangeException>(() => new TokenStreams([1, 2, 3], 1, 0)).ParamName);
    }
}
