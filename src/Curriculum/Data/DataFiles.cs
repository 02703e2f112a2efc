using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Curriculum.Data;

/// <summary>
/// Finds the repository's data/ folder and hands out files only after checking their sha256 against the table in
/// data/README.md, so a truncated or edited file fails loudly, naming the file and how to restore it.
/// </summary>
public static partial class DataFiles
{
    private static readonly Dictionary<string, string> Verified = new();
    private static string? _folder;

    /// <summary>The data/ folder: $CURRICULUM_DATA if set, else the nearest data/README.md above the working directory or this library.</summary>
    public static string Folder => _folder ??= Locate(
        Environment.GetEnvironmentVariable("CURRICULUM_DATA"),
        [Directory.GetCurrentDirectory(), AppContext.BaseDirectory, System.IO.Path.GetDirectoryName(typeof(DataFiles).Assembly.Location)]);

    /// <summary>The full path of a data file after checking that it exists and matches its recorded sha256.</summary>
    public static string PathOf(string fileName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        lock (Verified)
        {
            if (Verified.TryGetValue(fileName, out var known)) return known;
            return Verified[fileName] = PathOf(Folder, fileName);
        }
    }

    /// <summary>The check behind <see cref="PathOf(string)"/> for a given data folder, without caching (tests use a copy of data/).</summary>
    internal static string PathOf(string folder, string fileName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var path = System.IO.Path.Combine(folder, fileName);
        var expected = ExpectedSha256(folder, fileName);
        if (!File.Exists(path))
            throw new FileNotFoundException($"data/{fileName} is missing. {Restore(fileName)}", path);
        var actual = Sha256(path);
        if (actual != expected)
            throw new InvalidDataException(
                $"data/{fileName} is corrupt or changed: its sha256 is {actual}, but data/README.md records {expected}. {Restore(fileName)}");
        return path;
    }

    /// <summary>The lowercase hex sha256 of a file.</summary>
    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    internal static string Restore(string fileName) =>
        $"Restore it with `git checkout -- data/{fileName}` from the repository root, or re-derive it with the script data/README.md names for it (`bash data/derive.sh`, or `bash data/derive-<topic>.sh`).";

    private static string ExpectedSha256(string folder, string fileName)
    {
        var readme = System.IO.Path.Combine(folder, "README.md");
        var row = File.ReadLines(readme).FirstOrDefault(l => l.TrimStart().StartsWith('|') && l.Contains($"`{fileName}`"));
        var digest = row is null ? null : Sha256Token().Match(row);
        if (digest is null || !digest.Success)
            throw new InvalidDataException(
                $"data/README.md has no sha256 row for `{fileName}`; every data file must be listed there with its checksum. {Restore("README.md")}");
        return digest.Value;
    }

    /// <summary>
    /// <paramref name="configured"/> (the value of $CURRICULUM_DATA) if set, else the first data/ folder with a README.md
    /// found walking up from each of <paramref name="starts"/> in turn.
    /// </summary>
    internal static string Locate(string? configured, IEnumerable<string?> starts)
    {
        if (configured is { Length: > 0 })
            return Directory.Exists(configured)
                ? System.IO.Path.GetFullPath(configured)
                : throw new DirectoryNotFoundException($"CURRICULUM_DATA points to {configured}, which does not exist.");
        foreach (var start in starts)
        {
            for (var dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, "data");
                if (File.Exists(System.IO.Path.Combine(candidate, "README.md"))) return candidate;
            }
        }
        throw new DirectoryNotFoundException(
            "Could not find the data/ folder (a folder named data with a README.md) above the working directory. " +
            "Open the notebook from the repository's notebooks/ folder, or set CURRICULUM_DATA to the data folder's path.");
    }

    [GeneratedRegex(@"\b[0-9a-f]{64}\b")]
    private static partial Regex Sha256Token();
}
