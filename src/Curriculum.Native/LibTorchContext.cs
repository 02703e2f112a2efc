using System.Runtime.InteropServices;

namespace Curriculum.Native;

/// <summary>
/// Reads and sets libtorch's global switches (at::globalContext()'s flags, like PyTorch's <c>torch.backends.*</c>),
/// which TorchSharp 0.107 does not bind, through libtorch_cpu.so's C++ exports (Itanium ABI names: Linux).
/// </summary>
internal static class LibTorchContext
{
    private const string GlobalContext = "_ZN2at13globalContextEv"; // at::globalContext()

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate IntPtr ContextGetter();

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate void FlagSetter(IntPtr context, [MarshalAs(UnmanagedType.U1)] bool value);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    [return: MarshalAs(UnmanagedType.U1)]
    private delegate bool FlagGetter(IntPtr context);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    [return: MarshalAs(UnmanagedType.U1)]
    private delegate bool BoolFunction();

    /// <summary>Calls the context getter <paramref name="name"/>, e.g. <c>at::Context::userEnabledMkldnn() const</c>.</summary>
    public static bool Get(IntPtr libTorchCpu, string name) => Export<FlagGetter>(libTorchCpu, name)(Context(libTorchCpu));

    /// <summary>Calls the context setter <paramref name="name"/>, e.g. <c>at::Context::setUserEnabledMkldnn(bool)</c>.</summary>
    public static void Set(IntPtr libTorchCpu, string name, bool value) => Export<FlagSetter>(libTorchCpu, name)(Context(libTorchCpu), value);

    /// <summary>Calls a free function <c>bool f()</c>, e.g. <c>at::_ops::_nnpack_available::call()</c>.</summary>
    public static bool Call(IntPtr libTorchCpu, string name) => Export<BoolFunction>(libTorchCpu, name)();

    private static IntPtr Context(IntPtr libTorchCpu) => Export<ContextGetter>(libTorchCpu, GlobalContext)();

    private static T Export<T>(IntPtr library, string name) where T : Delegate =>
        NativeLibrary.TryGetExport(library, name, out var address)
            ? Marshal.GetDelegateForFunctionPointer<T>(address)
            : throw new EntryPointNotFoundException($"libtorch_cpu.so has no export {name}; this libtorch version needs a new check of the native layer's switches.");
}
