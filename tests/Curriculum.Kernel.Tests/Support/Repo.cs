namespace Curriculum.Kernel.Tests.Support;

/// <summary>Paths in the repository, found from the test binaries by walking up to Curriculum.sln.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Notebooks => Path.Combine(Root, "notebooks");

    public static IEnumerable<string> NotebookFiles => Directory.GetFiles(Notebooks, "*.ipynb").Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Curriculum.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException($"no Curriculum.sln above {AppContext.BaseDirectory}");
    }
}

/// <summary>Writes small notebooks for runner tests into a temp folder that is deleted afterwards.</summary>
internal sealed class TempNotebooks : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("curriculum-kernel-tests-").FullName;

    public string Write(string name, params string[] codeCells)
    {
        var cells = codeCells.Select(code => new Dictionary<string, object?>
        {
            ["cell_type"] = "code",
            ["execution_count"] = null,
            ["metadata"] = new Dictionary<string, object> { ["polyglot_notebook"] = new Dictionary<string, string> { ["kernelName"] = "csharp" } },
            ["outputs"] = Array.Empty<object>(),
            ["source"] = code,
        }).Prepend(new Dictionary<string, object?> { ["cell_type"] = "markdown", ["metadata"] = new { }, ["source"] = "# test" });
        var notebook = new Dictionary<string, object>
        {
            ["cells"] = cells,
            ["metadata"] = new { },
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        };
        var path = Path.Combine(Folder, name + ".ipynb");
        File.WriteAllText(path, System.Text.Json.JsonSerializer.Serialize(notebook));
        return path;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
