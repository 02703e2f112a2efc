using System.Runtime.InteropServices;

namespace Curriculum.Native.Tests;

public sealed class LibTorchContextTests
{
    [TorchSharpCacheFact]
    public void Reads_and_sets_a_global_flag_and_names_a_missing_export()
    {
        var libTorchCpu = NativeLibrary.Load(Path.Combine(LibTorchPreload.Load(Needs.CachedLibTorch!), "libtorch_cpu.so"));
        const string get = "_ZNK2at7Context17userEnabledMkldnnEv", set = "_ZN2at7Context20setUserEnabledMkldnnEb";
        var before = LibTorchContext.Get(libTorchCpu, get);
        try
        {
            LibTorchContext.Set(libTorchCpu, set, !before);
            Assert.Equal(!before, LibTorchContext.Get(libTorchCpu, get));
        }
        finally { LibTorchContext.Set(libTorchCpu, set, before); }

        var error = Assert.Throws<EntryPointNotFoundException>(() => LibTorchContext.Call(libTorchCpu, "no_such_export"));
        Assert.Contains("no_such_export", error.Message);
    }
}
