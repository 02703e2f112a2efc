using System.Runtime.CompilerServices;
using Curriculum.Kernel.Native;

namespace Curriculum.Tests.Support;

/// <summary>
/// Makes TorchSharp's native library loadable in this test process before any test touches `torch` (on Debian 12 it
/// needs the GLIBCXX fix the notebook kernel applies; elsewhere this does nothing). The fix's source is the kernel's,
/// compiled into this assembly too, so there is one implementation.
/// </summary>
internal static class TorchSharpSetup
{
    [ModuleInitializer]
    internal static void Prepare()
    {
        if (TorchSharpNative.IsLinuxX64 && TorchSharpNative.AppNativeFolder() is { } folder)
            TorchSharpNative.Prepare(folder);
    }
}
