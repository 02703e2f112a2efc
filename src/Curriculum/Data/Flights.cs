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
    /// header), each pass in a fresh seeded random order (the source is sorted by departure time, and SGD on sorted
    /// data learns the order instead of the relation). Pass 0 holds the real rows unchanged; in every later pass each row
    /// is perturbed: delay + a normal draw with standard deviation 5 minutes (rounded to whole minutes), distance × a
    /// factor uniform in [0.95, 1.05] (rounded to whole miles, at least 1), departure time + a uniform shift in
    /// [−0.5, 0.5) hours (wrapped into [0, 24), rounded to 4 decimals). The 200,000 source rows (2.4 MB) are held in
    /// memory; the output is written row by row. Seeded: the same seed gives the same file. Returns the rows written.
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
        var source = CsvBatches.Read(sourcePath, 65536, ["delay", "distance", "time"]).SelectMany(b => Enumerable.Range(0, b.Rows).Select(b.Row)).ToArray();
        var random = new Random(seed);
        var order = Enumerable.Range(0, source.Length).ToArray();
        long written = 0;
        using var output = new StreamWriter(outputPath, append: false, new UTF8Encoding(false), bufferSize: 1 << 16) { NewLine = "\n" };
        output.WriteLine("delay,distance,time");
        for (var pass = 0; pass < copies; pass++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                double delay = source[i][0], distance = source[i][1], time = source[i][2];
                if (pass > 0)
                {
                    var u1 = 1 - random.NextDouble();
                    var u2 = random.NextDouble();
                    delay = Math.Round(delay + 5 * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
                    distance = Math.Max(1, Math.Round(distance * (0.95 + 0.1 * random.NextDouble())));
                    time = Math.Round(((time + random.NextDouble() - 0.5) % 24 + 24) % 24, 4) % 24;
                }
                output.Write(delay.ToString(CultureInfo.InvariantCulture));
                output.Write(',');
                output.Write(distance.ToString(CultureInfo.InvariantCulture));
                output.Write(',');
                output.WriteLine(((float)time).ToString(CultureInfo.InvariantCulture));
                written++;
            }
        }
        return written;
    }
}
