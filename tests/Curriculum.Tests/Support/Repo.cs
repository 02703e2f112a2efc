namespace Curriculum.Tests.Support;

/// <summary>Paths in the repository this test assembly was built from.</summary>
internal static class Repo
{
    /// <summary>The folder holding Curriculum.sln, found above the test assembly.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The committed data/ folder.</summary>
    public static string Data => Path.Combine(Root, "data");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Curriculum.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException($"no Curriculum.sln above {AppContext.BaseDirectory}");
    }
}

/// <summary>A fresh, empty folder under the system temp folder, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateDirectory(
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), "curriculum-tests-" + Guid.NewGuid().ToString("N"))).FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
    }
}
