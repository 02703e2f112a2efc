using Curriculum.Data;
using Curriculum.Tests.Support;

namespace Curriculum.Tests.Data;

public class FlightsTests
{
    [Fact]
    public void The_real_file_has_200000_rows_and_the_readme_facts()
    {
        var rows = CsvBatches.Read(Flights.Path, 50_000, ["delay", "distance", "time"]).SelectMany(b => Enumerable.Range(0, b.Rows).Select(b.Row)).ToArray();

        Assert.Equal(200_000, rows.Length);
        Assert.Equal(43_145, rows.Count(r => r[0] > 15));
        Assert.Equal((-86f, 1444f), (rows.Min(r => r[0]), rows.Max(r => r[0])));
        Assert.Equal((30f, 4962f), (rows.Min(r => r[1]), rows.Max(r => r[1])));
        Assert.Equal(new float[] { 0, 1452, 0 }, rows[0]); // the first record of flights-200k.json
    }

    [Fact]
    public void Expansion_keeps_pass_0_real_perturbs_later_passes_within_the_documented_bounds_and_is_seeded()
    {
        using var folder = new TempFolder();
        var source = folder.File("s.csv");
        File.WriteAllText(source, "delay,distance,time\n10,1000,23.9\n-5,200,0.2\n100,3000,12\n");

        var n = Flights.WriteExpanded(source, folder.File("a.csv"), copies: 400, seed: 7);
        Flights.WriteExpanded(source, folder.File("b.csv"), copies: 400, seed: 7);
        Flights.WriteExpanded(source, folder.File("c.csv"), copies: 400, seed: 8);

        Assert.Equal(1200, n);
        Assert.Equal(File.ReadAllBytes(folder.File("a.csv")), File.ReadAllBytes(folder.File("b.csv")));
        Assert.NotEqual(File.ReadAllBytes(folder.File("a.csv")), File.ReadAllBytes(folder.File("c.csv")));
        var rows = CsvBatches.Read(folder.File("a.csv"), 3, ["delay", "distance", "time"]).Select(b => Enumerable.Range(0, 3).Select(b.Row).ToArray()).ToArray();
        // Pass 0: the real rows, unchanged, in some order.
        Assert.Equal(new[] { "-5 200 0.2", "10 1000 23.9", "100 3000 12" }, rows[0].Select(r => string.Join(" ", r)).Order());
        // Later passes: the first source row is the one with distance near 1000.
        var later = rows.Skip(1).Select(p => p.Single(r => r[1] is > 900 and < 1100)).ToArray();
        Assert.All(later, r => Assert.InRange(r[1], 950, 1050));
        Assert.All(later, r => Assert.True(r[2] is >= 0 and < 24));
        Assert.InRange(later.Average(r => r[0]), 9, 11);             // delay noise has mean 0 ...
        var sd = Math.Sqrt(later.Average(r => (r[0] - 10) * (r[0] - 10)));
        Assert.InRange(sd, 4.3, 5.7);                                   // ... and standard deviation about 5 minutes
        Assert.True(later.Count(r => r[2] < 1) > 50, "times near midnight must wrap around to the next day");
        // Each pass is shuffled: the real first row is not always first.
        Assert.Contains(rows, p => p[0][1] is < 900 or > 1100);
    }

    [Fact]
    public void Copies_must_be_positive()
    {
        Assert.Equal("copies", Assert.Throws<ArgumentOutOfRangeException>(() => Flights.WriteExpanded("x.csv", 0, 1)).ParamName);
    }
}
