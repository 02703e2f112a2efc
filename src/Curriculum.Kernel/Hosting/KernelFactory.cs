using System.Reflection;
using System.Runtime.Loader;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace Curriculum.Kernel.Hosting;

/// <summary>
/// Builds the one kernel configuration used both headlessly and (later) for VS Code: a C# kernel with
/// `#r "nuget:"`, kernel extensions shipped in packages, and the TorchSharp native fix. The host process
/// references FSharp.Core 10.1, which is what lets Plotly.NET 6 load (the stock tools ship 10.0).
/// </summary>
public static class KernelFactory
{
    public static CompositeKernel Create(TextWriter? log = null)
    {
        var csharp = new CSharpKernel()
            .UseKernelHelpers()
            .UseValueSharing();

        csharp.UseNugetDirective((kernel, references) =>
        {
            kernel.AddAssemblyReferences(references.SelectMany(r => r.AssemblyPaths));
            return Task.CompletedTask;
        }, false);

        var composite = new CompositeKernel { csharp };
        composite.DefaultKernelName = csharp.Name;

        var extensions = new PackageExtensionLoader(composite, log);
        composite.KernelEvents.Subscribe(new ActionObserver<KernelEvent>(e =>
        {
            if (e is PackageAdded added) extensions.OnPackageAdded(added.PackageReference);
        }));
        composite.AddMiddleware(async (command, context, next) =>
        {
            await next(command, context);
            // Extensions load after the `#r` cell that brought their package, before the next cell runs.
            await extensions.LoadPendingAsync(context);
        });
        return composite;
    }
}

/// <summary>
/// A library-hosted kernel does not load kernel extensions from NuGet packages by itself. This does what the stock
/// tool does: for each added package, load `interactive-extensions/dotnet/*.dll` and call every IKernelExtension.
/// It also runs the TorchSharp native preparation as soon as TorchSharp arrives, before any code can touch `torch`.
/// </summary>
internal sealed class PackageExtensionLoader(CompositeKernel kernel, TextWriter? log)
{
    private readonly List<ResolvedPackageReference> _pending = new();
    private readonly HashSet<string> _loaded = new(StringComparer.OrdinalIgnoreCase);

    public void OnPackageAdded(ResolvedPackageReference package)
    {
        // Now, not after the cell: the same cell may already call into the helper library, whose start-up uses TorchSharp.
        // (An exception must not escape into the kernel's event stream; TorchSharp's own load error will then name the cause.)
        try { TorchSharpHook.OnPackage(package, log); }
        catch (Exception e) { log?.WriteLine($"TorchSharp native preparation failed: {e.Message}"); }
        lock (_pending) _pending.Add(package);
    }

    public async Task LoadPendingAsync(KernelInvocationContext context)
    {
        ResolvedPackageReference[] batch;
        lock (_pending) { batch = _pending.ToArray(); _pending.Clear(); }
        foreach (var package in batch)
        {
            if (!_loaded.Add(package.PackageName)) continue;
            var folder = Path.Combine(package.PackageRoot, "interactive-extensions", "dotnet");
            if (!Directory.Exists(folder)) continue;
            foreach (var dll in Directory.GetFiles(folder, "*.dll"))
            {
                var assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(dll);
                foreach (var type in assembly.GetExportedTypes().Where(IsExtension))
                {
                    var extension = (IKernelExtension)Activator.CreateInstance(type)!;
                    await extension.OnLoadAsync(kernel);
                    log?.WriteLine($"loaded kernel extension {type.FullName} from {package.PackageName}");
                }
            }
        }
    }

    private static bool IsExtension(Type t) =>
        !t.IsAbstract && typeof(IKernelExtension).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null;
}

internal sealed class ActionObserver<T>(Action<T> onNext) : IObserver<T>
{
    public void OnCompleted() { }
    public void OnError(Exception error) { }
    public void OnNext(T value) => onNext(value);
}
