using System.Text.RegularExpressions;
using Curriculum.Kernel.Runner;
using Curriculum.Kernel.Tests.Support;
using Curriculum.Native;

namespace Curriculum.Kernel.Tests.Runner;

/// <summary>Every lesson process starts with the glibc malloc settings (GLIBC_TUNABLES), and the dev container sets the same.</summary>
public sealed partial class ChildEnvironmentTests
{
    [GeneratedRegex(@"""GLIBC_TUNABLES""\s*:\s*""(?<value>[^""]*)""")]
    private static partial Regex TunablesSetting();

    [Fact]
    public void The_dev_container_sets_the_same_tunables_as_the_runner()
    {
        var match = TunablesSetting().Match(File.ReadAllText(Path.Combine(Repo.Root, ".devcontainer", "devcontainer.json")));

        Assert.True(match.Success, "devcontainer.json has no GLIBC_TUNABLES in containerEnv");
        Assert.Equal(MallocTuning.Tunables, match.Groups["value"].Value);
    }

    [Fact]
    public void Runner_children_start_with_the_tunables_on_linux_x64()
    {
        var start = ChildProcess.StartInfo("execute", "x.ipynb");

        if (SystemLibraries.IsLinuxX64)
            Assert.Contains(MallocTuning.Tunables, start.Environment["GLIBC_TUNABLES"]);
        else
            Assert.Null(ChildProcess.Tunables);
    }
}
