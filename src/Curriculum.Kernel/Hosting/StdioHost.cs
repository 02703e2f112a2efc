using System.Text;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Connection;

namespace Curriculum.Kernel.Hosting;

/// <summary>
/// The VS Code kernel: the same kernel the headless runner uses (<see cref="KernelFactory"/>), served over standard
/// input and output with the JSON command/event envelopes of `dotnet-interactive stdio`, which is what the Polyglot
/// Notebooks extension speaks. Standard output carries only envelopes; the host's own log goes to standard error.
/// </summary>
public static class StdioHost
{
    public static async Task<int> RunAsync(string workingDirectory, bool vscode, TextWriter log)
    {
        Console.InputEncoding = Encoding.UTF8;
        Console.OutputEncoding = Encoding.UTF8;
        // As in VS Code's default settings: cells resolve relative paths against the notebook's folder.
        Directory.SetCurrentDirectory(workingDirectory);

        using var kernel = KernelFactory.Create(log);
        kernel.Add(new HtmlKernel());
        kernel.Add(new KeyValueStoreKernel().UseValueSharing());

        var sender = KernelCommandAndEventSender.FromTextWriter(Console.Out, KernelHost.CreateHostUri("stdio"));
        var receiver = KernelCommandAndEventReceiver.FromTextReader(Console.In);
        using var host = kernel.UseHost(sender, receiver, KernelHost.CreateHostUriForCurrentProcessId());
        kernel.UseQuitCommand(() =>
        {
            host.Dispose();
            Environment.Exit(0);
            return Task.CompletedTask;
        });

        if (vscode) await ConnectVSCodeKernelsAsync(kernel);
        log.WriteLine($"Curriculum.Kernel stdio: ready in {workingDirectory}{(vscode ? " (VS Code)" : "")}");
        await host.ConnectAndWaitAsync();
        return 0;
    }

    /// <summary>
    /// Proxies for the kernels that live in VS Code itself (its input prompts, and JavaScript in the notebook's
    /// webview), as the stock tool connects them when started with `[vscode]`.
    /// </summary>
    private static async Task ConnectVSCodeKernelsAsync(CompositeKernel root)
    {
        var frontend = await root.Host!.ConnectProxyKernelOnDefaultConnectorAsync("vscode", new Uri("kernel://vscode"), ["frontend"]);
        frontend.KernelSpecifierDirective.Hidden = true;
        foreach (var command in new[] { typeof(RequestInput), typeof(RequestInputs), typeof(SendEditableCode) })
        {
            frontend.KernelInfo.SupportedKernelCommands.Add(new(command.Name));
            root.SetDefaultTargetKernelNameForCommand(command, "vscode");
        }

        var javascript = await root.Host.ConnectProxyKernelOnDefaultConnectorAsync("javascript", new Uri("kernel://webview/javascript"), ["js"]);
        foreach (var command in new[] { nameof(SubmitCode), nameof(RequestValue), nameof(RequestValueInfos), nameof(SendValue) })
            javascript.KernelInfo.SupportedKernelCommands.Add(new(command));
        javascript.UseValueSharing();
    }
}
