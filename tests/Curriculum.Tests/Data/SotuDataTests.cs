using Curriculum.Data;

namespace Curriculum.Tests.Data;

public class SotuDataTests
{
    [Fact]
    public void Passages_come_from_seven_addresses_in_order()
    {
        var passages = SotuData.Passages();
        Assert.Equal(320, passages.Length);
        Assert.Equal(Enumerable.Range(1, 320), passages.Select(p => p.Id));
        Assert.Equal([1790, 1862, 1941, 1962, 1986, 2013, 2021], passages.Select(p => p.Year).Distinct());
        Assert.Equal("George Washington", passages[0].President);
        Assert.StartsWith("Fellow-Citizens of the Senate", passages[0].Text);
        Assert.All(passages, p => Assert.InRange(p.Text.Split(" ").Length, 20, 250));
    }

    [Fact]
    public void Every_query_has_existing_relevant_passages()
    {
        var queries = SotuData.Queries();
        var ids = SotuData.Passages().Select(p => p.Id).ToHashSet();
        Assert.True(queries.Length >= 30);
        Assert.All(queries, q => Assert.InRange(q.Relevant.Length, 1, 5));
        Assert.All(queries, q => Assert.All(q.Relevant, id => Assert.Contains(id, ids)));
        Assert.Equal([112, 113], queries[0].Relevant);
    }
}
