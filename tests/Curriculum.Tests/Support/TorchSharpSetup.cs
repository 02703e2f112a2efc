using System.Runtime.CompilerServices;
using Curriculum.Platform;
using TorchSharp;

namespace Curriculum.Tests.Support;

/// <summary>
/// Gets TorchSharp ready in this test process before any test touches `torch`, once, while the process has one thread:
/// the library's start-up (native libraries from the test's bin folder, then the oneDNN self-test), and one CPU thread
/// for torch. Process-wide native settings are never changed later, while tests run on several threads.
/// </summary>
internal static class TorchSharpSetup
{
    [ModuleInitializer]
    internal static void Prepare()
    {
        TorchStartup.Ensure();
        // One thread: results repeat exactly, and the collections that do not use torch keep the other core.
        torch.set_num_threads(1);
    }
}
