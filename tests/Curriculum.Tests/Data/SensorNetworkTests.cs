using Curriculum.Data;

namespace Curriculum.Tests.Data;

public class SensorNetworkTests
{
    private static readonly Lazy<SensorReading[]> Data = new(SensorNetwork.Load);

    [Fact]
    public void Counts_match_the_readme()
    {
        var d = Data.Value;

        Assert.Equal(18914, d.Length);
        Assert.Equal(149, d.Count(r => r.IsAnomaly));
        var perMote = d.GroupBy(r => r.Mote).OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Count(), g.Count(r => r.IsAnomaly), g.First().Indoor)).ToArray();
        Assert.Equal(new[] { (1, 4417, 117, true), (2, 4417, 0, true), (3, 5039, 0, false), (4, 5041, 32, false) }, perMote);
    }

    [Fact]
    public void Readings_are_sorted_and_contiguous_per_mote_and_match_the_source_rows()
    {
        var d = Data.Value;
        foreach (var g in d.GroupBy(r => r.Mote))
            Assert.Equal(Enumerable.Range(1, g.Count()), g.Select(r => r.Reading));
        // First row of the package's data.csv: 1,1,1,45.93,27.97,0; mote 1's first anomaly is reading 2344 (49.26 %, 27.98 °C).
        Assert.Equal(new SensorReading(1, true, 1, 45.93, 27.97, false), d[0]);
        Assert.Equal(new SensorReading(1, true, 2344, 49.26, 27.98, true), d.First(r => r.IsAnomaly));
        Assert.Equal((2362, 2393), (d.Where(r => r.Mote == 4 && r.IsAnomaly).Min(r => r.Reading), d.Where(r => r.Mote == 4 && r.IsAnomaly).Max(r => r.Reading)));
    }

    [Fact]
    public void Features_are_standardised_per_mote_on_the_reference_readings()
    {
        var d = Data.Value;
        var x = SensorNetwork.Features(d, referenceReadings: 2000);

        Assert.Equal(d.Length, x.Length);
        Assert.All(x, row => Assert.Equal(SensorNetwork.FeatureNames.Length, row.Length));
        foreach (var mote in new[] { 1, 2, 3, 4 })
        {
            var reference = Enumerable.Range(0, d.Length).Where(i => d[i].Mote == mote && d[i].Reading <= 2000).ToArray();
            for (var f = 0; f < 4; f++)
            {
                var mean = reference.Average(i => (double)x[i][f]);
                var sd = Math.Sqrt(reference.Average(i => (x[i][f] - mean) * (x[i][f] - mean)));
                Assert.InRange(mean, -1e-4, 1e-4);
                Assert.InRange(sd, 1 - 1e-4, 1 + 1e-4);
            }
        }
    }

    [Fact]
    public void Features_by_hand_on_a_tiny_series()
    {
        // Mote 7: humidity 10, 12, 14 → mean 11, sd 1 over readings 1-2; changes 0, 2, 2 → mean 1, sd 1.
        // Temperature constant 20 → sd 0, kept at 0 (no division by zero); its changes are 0 too.
        SensorReading[] rows = [new(7, true, 1, 10, 20, false), new(7, true, 2, 12, 20, false), new(7, true, 3, 14, 20, true)];

        var x = SensorNetwork.Features(rows, referenceReadings: 2);

        Assert.Equal(new[] { -1f, 0f, -1f, 0f }, x[0]);
        Assert.Equal(new[] { 1f, 0f, 1f, 0f }, x[1]);
        Assert.Equal(new[] { 3f, 0f, 1f, 0f }, x[2]);
    }

    [Fact]
    public void Labels_do_not_change_the_features()
    {
        SensorReading[] a = [new(1, true, 1, 10, 20, false), new(1, true, 2, 12, 21, false), new(1, true, 3, 30, 25, false)];
        var b = a.Select(r => r with { IsAnomaly = !r.IsAnomaly }).ToArray();

        Assert.Equal(SensorNetwork.Features(a, 2), SensorNetwork.Features(b, 2));
    }

    [Fact]
    public void Bad_arguments_name_the_problem()
    {
        SensorReading[] unsorted = [new(1, true, 2, 10, 20, false), new(1, true, 1, 12, 20, false)];
        var e = Assert.Throws<ArgumentException>(() => SensorNetwork.Features(unsorted, 2));
        Assert.Equal("readings", e.ParamName);
        Assert.Contains("sorted by mote, then reading", e.Message);
        Assert.Equal("referenceReadings", Assert.Throws<ArgumentOutOfRangeException>(() => SensorNetwork.Features(unsorted, 1)).ParamName);
        SensorReading[] late = [new(1, true, 5, 10, 20, false), new(1, true, 6, 12, 20, false)];
        Assert.Contains("mote 1 has 0 readings numbered <= 3", Assert.Throws<ArgumentException>(() => SensorNetwork.Features(late, 3)).Message);
    }
}
