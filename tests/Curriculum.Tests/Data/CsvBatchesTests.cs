using System.IO.Compression;
using System.Text;
using Curriculum.Data;
using Curriculum.Tests.Support;

namespace Curriculum.Tests.Data;

public class CsvBatchesTests
{
    private static string Write(TempFolder folder, string name, string text)
    {
        var path = folder.File(name);
        if (name.EndsWith(".gz"))
        {
            using var gz = new GZipStream(File.Create(path), CompressionLevel.Fastest);
            gz.Write(Encoding.UTF8.GetBytes(text));
        }
        else File.WriteAllText(path, text);
        return path;
    }

    private const string Text = "a,b,c\n1,2,3\n4,5,6\n7,8,9\n10,11,12\n13,14,15\n";

    [Theory]
    [InlineData("t.csv")]
    [InlineData("t.csv.gz")]
    public void Reads_fixed_size_batches_of_the_chosen_columns_the_last_one_smaller(string name)
    {
        using var folder = new TempFolder();
        var path = Write(folder, name, Text);

        var batches = CsvBatches.Read(path, 2, ["c", "a"]).ToArray();

        Assert.Equal(new[] { 2, 2, 1 }, batches.Select(b => b.Rows));
        Assert.Equal(new long[] { 0, 2, 4 }, batches.Select(b => b.FirstRow));
        Assert.Equal(new float[] { 3, 1, 6, 4 }, batches[0].Values);
        Assert.Equal(new float[] { 15, 13 }, batches[2].Values);
        Assert.Equal(new float[] { 12, 10 }, batches[1].Row(1));
        Assert.Equal(5, CsvBatches.CountRows(path));
    }

    [Fact]
    public void Batches_concatenated_equal_the_whole_file_for_any_batch_size()
    {
        using var folder = new TempFolder();
        var path = Write(folder, "t.csv", Text);
        var all = new float[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 };

        for (var size = 1; size <= 7; size++)
            Assert.Equal(all, CsvBatches.Read(path, size, ["a", "b", "c"]).SelectMany(b => b.Values.Take(b.Rows * b.Columns)).ToArray());
    }

    [Fact]
    public void Is_lazy_a_bad_line_late_in_the_file_is_only_met_when_the_stream_reaches_it()
    {
        using var folder = new TempFolder();
        var path = Write(folder, "t.csv", "a\n1\n2\n3\n4\noops\n");

        var batches = CsvBatches.Read(path, 2, ["a"]);
        using var e = batches.GetEnumerator();

        Assert.True(e.MoveNext());
        Assert.Equal(new float[] { 1, 2 }, e.Current.Values);
        Assert.True(e.MoveNext());
        var error = Assert.Throws<InvalidDataException>(() => e.MoveNext());
        Assert.Contains("line 6, column a: \"oops\" is not a number", error.Message);
    }

    [Fact]
    public void A_reused_buffer_is_one_array_for_all_batches()
    {
        using var folder = new TempFolder();
        var path = Write(folder, "t.csv", Text);

        var arrays = CsvBatches.Read(path, 2, ["a"], reuseBuffer: true).Select(b => b.Values).ToArray();
        var fresh = CsvBatches.Read(path, 2, ["a"]).Select(b => b.Values).ToArray();

        Assert.All(arrays, a => Assert.Same(arrays[0], a));
        Assert.NotSame(fresh[0], fresh[1]);
    }

    [Fact]
    public void Bad_arguments_and_files_are_named()
    {
        using var folder = new TempFolder();
        var path = Write(folder, "t.csv", Text);

        Assert.Equal("batchSize", Assert.Throws<ArgumentOutOfRangeException>(() => CsvBatches.Read(path, 0, ["a"])).ParamName);
        Assert.Equal("columns", Assert.Throws<ArgumentException>(() => CsvBatches.Read(path, 1, [])).ParamName);
        Assert.Throws<FileNotFoundException>(() => CsvBatches.Read(folder.File("none.csv"), 1, ["a"]));
        var e = Assert.Throws<ArgumentException>(() => CsvBatches.Read(path, 1, ["z"]).First());
        Assert.Contains("no column \"z\"; its columns are a, b, c", e.Message);
        var ragged = Write(folder, "r.csv", "a,b\n1,2\n3\n");
        Assert.Contains("line 3 has 1 fields, expected 2", Assert.Throws<InvalidDataException>(() => CsvBatches.Read(ragged, 5, ["a"]).ToArray()).Message);
    }
}
