namespace Curriculum.Native.Tests;

public sealed class CpuInfoTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("cpuinfo-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private CpuInfo Parse(string flags)
    {
        var path = Path.Combine(_temp, "cpuinfo");
        File.WriteAllText(path, $"processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel name\t: AMD EPYC 9R45\nflags\t\t: {flags}\n\nprocessor\t: 1\nmodel name\t: other\nflags\t\t: sse\n");
        return CpuInfo.Read(path);
    }

    [Theory]
    [InlineData("fpu sse4_2 avx fma avx2 avx512f avx512bw avx512vl avx512_vnni avx512_bf16", "AVX-512")]
    [InlineData("fpu sse4_2 avx fma avx2", "AVX2")]
    [InlineData("fpu sse4_2 avx", "AVX")]
    [InlineData("fpu sse4_2", "SSE4.2")]
    [InlineData("fpu", "none found")]
    public void The_widest_vector_set_comes_from_the_first_processors_flags(string flags, string isa)
    {
        var cpu = Parse(flags);

        Assert.Equal("AMD EPYC 9R45", cpu.Model);
        Assert.Equal(isa, cpu.VectorIsa);
    }

    [Fact]
    public void The_description_names_model_cores_isa_and_the_vector_flags_widest_first()
    {
        var cpu = Parse("fpu avx2 sse4_2 avx512f avx fma");

        Assert.Equal($"AMD EPYC 9R45, {Environment.ProcessorCount} cores, AVX-512 (avx512f avx2 fma avx sse4_2)", cpu.ToString());
    }

    [Fact]
    public void An_unreadable_file_gives_an_unknown_cpu_instead_of_failing() =>
        Assert.Equal("unknown", CpuInfo.Read(Path.Combine(_temp, "missing")).Model);

    [LinuxX64Fact]
    public void This_machine_has_a_model_and_at_least_SSE4_2()
    {
        Assert.NotEqual("unknown", CpuInfo.Current.Model);
        Assert.NotEqual("none found", CpuInfo.Current.VectorIsa);
    }
}
