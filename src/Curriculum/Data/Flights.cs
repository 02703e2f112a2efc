using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Curriculum.Data;

/// <summary>
/// The 200,000 real flights of data/flights_200k.csv.gz (vega-datasets 3.2.1, US BTS on-time data) and a seeded,
/// documented way to expand them into a multi-million-row CSV on disk for the streaming lesson. Introduced in lesson 04.
/// </summary>
public static class Flights
{
    /// <summary>The file name in data/.</summary>
    public const string FileName = "flights_200k.csv.gz";

    /// <summary>The checksum-verified path of the real flights file (columns delay, distance, time). Introduced in lesson 04.</summary>
    public static string Path => DataFiles.PathOf(FileName);

    /// <summary>
    /// Writes <paramref name="copies"/> passes over the real rows to <paramref name="outputPath"/> (plain CSV, same
    /// header), streaming: one source row at a time. Pass 0 is the real data unchanged; in every later pass each row is
    /// perturbed: delay + a normal draw with standard deviation 5 minutes (rounded to whole minutes), distance × a factor
    /// uniform in [0.95, 1.05] (rounded to whole miles, at least 1), departure time + a uniform shift in [−0.5, 0.5) hours
    /// (wrapped into [0, 24)). Seeded: the same seed gives the same file. Returns the number of rows written.
    /// Introduced in lesson 04.
    /// </summary>
    public static long WriteExpanded(string outputPath, int copies, int seed)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputPath);
        if (copies <= 0) throw new ArgumentOutOfRangeException(nameof(copies), copies, "write at least one pass over the data");
        return WriteExpanded(Path, outputPath, copies, seed);
    }

    /// <summary><see cref="WriteExpanded(string, int, int)"/> from any source file with the same columns (tests use a small one).</summary>
    internal static long WriteExpanded(string sourcePath, string outputPath, int copies, int seed)
    {
        var random = new Random(seed);
        long written = 0;
        using var output = new StreamWriter(outputPath, append: false, new UTF8Encoding(false), bufferSize: 1 << 16) { NewLine = "\n" };
        output.WriteLine("delay,distance,time");
        for (var pass = 0; pass < copies; pass++)
        {
            foreach (var batch in CsvBatches.Read(sourcePath, 8192, ["delay", "distance", "time"], reuseBuffer: true))
            {
                for (var r = 0; r < batch.Rows; r++)
                {
                    double delay = batch.Values[r * 3], distance = batch.Values[r * 3 + 1], time = batch.Values[r * 3 + 2];
                    if (pass > 0)
                    {
                        var u1 = 1 - random.NextDouble();
                        var u2 = random.NextDouble();
                        delay = Math.Round(delay + 5 * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
                        distance = Math.Max(1, Math.Round(distance * (0.95 + 0.1 * random.NextDouble())));
                        time = ((time + random.NextDouble() - 0.5) % 24 + 24) % 24;
                    }
                    output.Write(delay.ToString(CultureInfo.InvariantCulture));
                    output.Write(',');
                    output.Write(distance.ToString(CultureInfo.InvariantCulture));
                    output.Write(',');
                    output.WriteLine(Math.Round(time, 4).ToString(CultureInfo.InvariantCulture));
                    written++;
                }
            }
        }
        return written;
    }
}
