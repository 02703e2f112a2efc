using System.Text;
using Curriculum.Data;
using Curriculum.Tests.Support;

namespace Curriculum.Tests.Data;

public class DataFilesTests
{
    public static TheoryData<string> CommittedFiles => new() { "digits.csv", "breast_cancer.csv", "diabetes.csv", "spamassassin.jsonl.gz" };

    [Theory]
    [MemberData(nameof(CommittedFiles))]
    public void Committed_files_match_the_sha256_in_data_readme(string file)
    {
        var path = DataFiles.PathOf(file);

        Assert.Equal(Path.Combine(DataFiles.Folder, file), path);
        Assert.Equal(RecordedSha256(DataFiles.Folder, file), DataFiles.Sha256(path));
    }

    [Fact]
    public void Folder_is_the_repository_data_folder_or_CURRICULUM_DATA()
    {
        var configured = Environment.GetEnvironmentVariable("CURRICULUM_DATA");
        var expected = string.IsNullOrEmpty(configured) ? Repo.Data : Path.GetFullPath(configured);
        Assert.Equal(Path.TrimEndingDirectorySeparator(expected), Path.TrimEndingDirectorySeparator(DataFiles.Folder));
    }

    [Fact]
    public void Sha256_of_abc_is_the_FIPS_180_2_test_vector()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("abc.txt"), "abc", new UTF8Encoding(false));
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", DataFiles.Sha256(temp.File("abc.txt")));
    }

    [Fact]
    public void An_unchanged_copy_of_data_verifies()
    {
        using var temp = CopyOfData("digits.csv");
        Assert.Equal(temp.File("digits.csv"), DataFiles.PathOf(temp.Path, "digits.csv"));
    }

    [Fact]
    public void One_changed_byte_is_reported_with_the_file_and_how_to_restore_it()
    {
        using var temp = CopyOfData("digits.csv");
        var bytes = File.ReadAllBytes(temp.File("digits.csv"));
        var i = bytes.Length / 2;
        bytes[i] = (byte)(bytes[i] == (byte)'1' ? '2' : '1');
        File.WriteAllBytes(temp.File("digits.csv"), bytes);

        var e = Assert.Throws<InvalidDataException>(() => DataFiles.PathOf(temp.Path, "digits.csv"));

        Assert.Contains("data/digits.csv", e.Message);
        Assert.Contains("git checkout -- data/digits.csv", e.Message);
        Assert.Contains(DataFiles.Sha256(temp.File("digits.csv")), e.Message); // what it is
        Assert.Contains(RecordedSha256(Repo.Data, "digits.csv"), e.Message); // what README.md records
    }

    [Fact]
    public void A_truncated_file_is_reported_as_corrupt()
    {
        using var temp = CopyOfData("diabetes.csv");
        var text = File.ReadAllText(temp.File("diabetes.csv"));
        File.WriteAllText(temp.File("diabetes.csv"), text[..(text.Length / 2)]);

        var e = Assert.Throws<InvalidDataException>(() => DataFiles.PathOf(temp.Path, "diabetes.csv"));
        Assert.Contains("data/diabetes.csv is corrupt or changed", e.Message);
    }

    [Fact]
    public void A_missing_file_is_reported_by_name()
    {
        using var temp = CopyOfData();

        var e = Assert.Throws<FileNotFoundException>(() => DataFiles.PathOf(temp.Path, "digits.csv"));

        Assert.Equal(temp.File("digits.csv"), e.FileName);
        Assert.Contains("data/digits.csv is missing", e.Message);
        Assert.Contains("git checkout -- data/digits.csv", e.Message);
    }

    [Fact]
    public void A_readme_without_the_files_row_is_a_clear_error()
    {
        using var temp = CopyOfData("digits.csv");
        var lines = File.ReadAllLines(temp.File("README.md")).Where(l => !(l.StartsWith('|') && l.Contains("`digits.csv`")));
        File.WriteAllLines(temp.File("README.md"), lines);

        var e = Assert.Throws<InvalidDataException>(() => DataFiles.PathOf(temp.Path, "digits.csv"));

        Assert.Contains("data/README.md has no sha256 row for `digits.csv`", e.Message);
        // The other rows still work.
        File.Copy(Path.Combine(Repo.Data, "diabetes.csv"), temp.File("diabetes.csv"));
        Assert.Equal(temp.File("diabetes.csv"), DataFiles.PathOf(temp.Path, "diabetes.csv"));
    }

    [Fact]
    public void A_readme_row_without_a_full_digest_is_a_clear_error()
    {
        using var temp = CopyOfData("digits.csv");
        var digest = RecordedSha256(Repo.Data, "digits.csv");
        var text = File.ReadAllText(temp.File("README.md")).Replace(digest, digest[..16]);
        File.WriteAllText(temp.File("README.md"), text);

        var e = Assert.Throws<InvalidDataException>(() => DataFiles.PathOf(temp.Path, "digits.csv"));
        Assert.Contains("no sha256 row for `digits.csv`", e.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_blank_file_name_is_an_argument_error(string name)
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => DataFiles.PathOf(name));
        Assert.Equal("fileName", e.ParamName);
    }

    [Fact]
    public void Locate_prefers_the_configured_folder()
    {
        using var temp = new TempFolder();
        Assert.Equal(temp.Path, DataFiles.Locate(temp.Path, [Repo.Root]));
    }

    [Fact]
    public void Locate_reports_a_configured_folder_that_does_not_exist()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N"));
        var e = Assert.Throws<DirectoryNotFoundException>(() => DataFiles.Locate(missing, [Repo.Root]));
        Assert.Contains("CURRICULUM_DATA", e.Message);
        Assert.Contains(missing, e.Message);
    }

    [Fact]
    public void Locate_walks_up_to_the_nearest_data_folder_with_a_readme()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("data"));
        File.WriteAllText(temp.File("data/README.md"), "# data");
        var deep = Directory.CreateDirectory(temp.File("notebooks/sub")).FullName;
        Directory.CreateDirectory(temp.File("notebooks/data")); // a data folder without README.md does not count

        Assert.Equal(temp.File("data"), DataFiles.Locate(null, [deep]));
        Assert.Equal(temp.File("data"), DataFiles.Locate("", [null, deep]));
        Assert.Equal(Repo.Data, DataFiles.Locate(null, [Path.Combine(Repo.Root, "tests", "Curriculum.Tests"), deep])); // first start wins
    }

    [Fact]
    public void Locate_without_any_data_folder_says_how_to_fix_it()
    {
        using var temp = new TempFolder();
        var e = Assert.Throws<DirectoryNotFoundException>(() => DataFiles.Locate(null, [temp.Path]));
        Assert.Contains("set CURRICULUM_DATA", e.Message);
    }

    /// <summary>The 64-hex token on the file's row of the table in README.md, read independently of DataFiles.</summary>
    private static string RecordedSha256(string folder, string file)
    {
        var row = File.ReadLines(Path.Combine(folder, "README.md")).Single(l => l.StartsWith('|') && l.Contains($"`{file}`"));
        return row.Split('|').Select(c => c.Trim()).Single(c => c.Length == 64 && c.All(char.IsAsciiHexDigitLower));
    }

    /// <summary>A temp folder with data/README.md and the named files copied from the repository.</summary>
    private static TempFolder CopyOfData(params string[] files)
    {
        var temp = new TempFolder();
        foreach (var f in files.Append("README.md")) File.Copy(Path.Combine(Repo.Data, f), temp.File(f));
        return temp;
    }
}
