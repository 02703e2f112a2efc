using System.Text.Json;
using Curriculum.Kernel.Docs;
using Curriculum.Kernel.Export;
using Curriculum.Kernel.Hosting;
using Curriculum.Kernel.Jupyter;
using Curriculum.Kernel.Notebooks;
using Curriculum.Kernel.Runner;
using Curriculum.Kernel.Site;
using Curriculum.Native;

// Curriculum.Kernel: runs the lesson notebooks headlessly (the project's main job) and is the VS Code kernel.
//   run [NOTEBOOK|FOLDER ...] [--out FOLDER] [--timeout SECONDS]   every notebook, each in its own process
//   execute NOTEBOOK --output FILE --result FILE                    one notebook in this process (used by run)
//   [[vscode]] stdio [--working-dir FOLDER]                          serve the kernel over stdin/stdout (VS Code)
//   export [NOTEBOOK|FOLDER ...] [--out FOLDER]                      each lesson as a file-based app (apps/NN-slug.cs)
//   docs                                                             docs/interview-answers(.zh).md and the lessons' library-code cells
//   translations status | stamp NOTEBOOK...                          which Chinese lessons follow today's English ones; record that one does
//   jupyter --connection-file FILE                                   serve the kernel to a Jupyter client (ZeroMQ)
//   jupyter install|uninstall [--data-dir FOLDER]                     add or remove the "C# (Curriculum)" kernelspec
// "[vscode]" comes first, as in the Polyglot Notebooks extension's kernel command line.
var vscode = args.FirstOrDefault() == "[vscode]";
if (vscode) args = args[1..];
try
{
    return args.FirstOrDefault() switch
    {
        "run" => await Commands.RunAsync(args[1..]),
        "execute" => await Commands.ExecuteAsync(args[1..]),
        "stdio" => await Commands.StdioAsync(args[1..], vscode),
        "export" => Commands.Export(args[1..]),
        "docs" => Commands.Docs(args[1..]),
        "translations" => Commands.Translations(args[1..]),
        "jupyter" => await Commands.JupyterAsync(args[1..]),
        _ => Commands.Usage(),
    };
}
catch (UsageError e)
{
    Console.Error.WriteLine(e.Message);
    return Commands.Usage();
}

static class Commands
{
    public static int Usage()
    {
        Console.Error.WriteLine("usage: Curriculum.Kernel run [NOTEBOOK|FOLDER ...] [--out FOLDER] [--timeout SECONDS]");
        Console.Error.WriteLine("       Curriculum.Kernel execute NOTEBOOK --output FILE --result FILE");
        Console.Error.WriteLine("       Curriculum.Kernel [[vscode]] stdio [--working-dir FOLDER]");
        Console.Error.WriteLine("       Curriculum.Kernel export [NOTEBOOK|FOLDER ...] [--out FOLDER]");
        Console.Error.WriteLine("       Curriculum.Kernel docs");
        Console.Error.WriteLine("       Curriculum.Kernel translations status | stamp NOTEBOOK...");
        Console.Error.WriteLine("       Curriculum.Kernel jupyter --connection-file FILE");
        Console.Error.WriteLine("       Curriculum.Kernel jupyter install|uninstall [--data-dir FOLDER]");
        return 2;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var options = Options.Parse(args, "--out", "--timeout");
        var output = Path.GetFullPath(options.Value("--out") ?? Path.Combine("artifacts", "notebooks"));
        var timeout = options.Value("--timeout") ?? "120";
        if (!double.TryParse(timeout, System.Globalization.CultureInfo.InvariantCulture, out var seconds) || seconds <= 0)
            throw new UsageError($"--timeout takes a positive number of seconds, not \"{timeout}\"");
        var limit = TimeSpan.FromSeconds(seconds);
        var inputs = options.Positional.Count > 0 ? options.Positional : ["notebooks"];
        var notebooks = inputs.SelectMany(Expand).ToList();
        if (notebooks.Count == 0)
        {
            Console.Error.WriteLine($"no notebooks found in: {string.Join(", ", inputs)}");
            return 2;
        }

        Console.WriteLine($"Running {notebooks.Count} notebook(s), {limit.TotalSeconds:F0} s limit each; executed copies in {output}");
        // Times depend on these: name them first, so two runs can be compared.
        var platform = NativeSettings.Describe(ChildProcess.Tunables);
        foreach (var line in platform) Console.WriteLine(line);
        var runner = new NotebookRunner(output, limit);
        var results = new List<NotebookResult>();
        foreach (var notebook in notebooks)
        {
            var result = await runner.RunOneAsync(notebook);
            results.Add(result);
            Console.WriteLine(Summary.Row(result));
        }
        Summary.Write(output, results, platform);
        Console.WriteLine($"Summary: {Path.Combine(output, "summary.md")}");
        var (index, siteSeconds) = StaticSite.Write(output, results);
        Console.WriteLine($"Site: {index} (built in {siteSeconds:F1} s; open it in a browser, it works offline)");
        Console.WriteLine(Summary.Closing(results));
        return results.All(r => r.Passed) ? 0 : 1;
    }

    public static async Task<int> ExecuteAsync(string[] args)
    {
        var options = Options.Parse(args, "--output", "--result");
        if (options.Positional.Count != 1) return Usage();
        var notebook = NotebookFile.Load(options.Positional[0]);
        // Relative paths in cells (`#r "../artifacts/..."`, data files) resolve against the notebook's folder, as in VS Code.
        Directory.SetCurrentDirectory(Path.GetDirectoryName(Path.GetFullPath(notebook.Path))!);
        // The kernel captures Console.Out/Error while a cell runs; the runner's own log goes to the real stderr stream.
        using var log = new StreamWriter(Console.OpenStandardError()) { AutoFlush = true };
        using var kernel = KernelFactory.Create(log);
        var result = await NotebookExecutor.RunAsync(notebook, kernel, log);
        result = result with { OneDnn = OneDnnSwitch.Decision };
        if (options.Value("--output") is { } output) notebook.Save(output);
        if (options.Value("--result") is { } resultPath)
            File.WriteAllText(resultPath, JsonSerializer.Serialize(result));
        log.WriteLine(Summary.Row(result));
        return result.Passed ? 0 : 1;
    }

    public static int Export(string[] args)
    {
        var options = Options.Parse(args, "--out");
        var output = Path.GetFullPath(options.Value("--out") ?? AppExporter.Folder);
        var notebooks = (options.Positional.Count > 0 ? options.Positional : ["notebooks"]).SelectMany(Expand).ToList();
        Directory.CreateDirectory(output);
        foreach (var path in notebooks)
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var target = Path.Combine(output, name + ".cs");
            File.WriteAllText(target, AppExporter.Export(NotebookFile.Load(path), name));
            Console.WriteLine($"{path} -> {target}");
        }
        return 0;
    }

    /// <summary>Regenerates the texts made from the lessons and the library (run from the repository root).</summary>
    public static int Docs(string[] args)
    {
        if (args.Length > 0) throw new UsageError($"docs takes no arguments, not \"{string.Join(" ", args)}\"");
        var root = Directory.GetCurrentDirectory();
        if (!Directory.Exists(Path.Combine(root, "notebooks")) || !Directory.Exists(Path.Combine(root, "src", "Curriculum")))
            throw new UsageError($"run docs from the repository root (the folder with notebooks/ and src/Curriculum/), not {root}");
        var changed = Curriculum.Kernel.Docs.GeneratedDocs.Write(root);
        foreach (var file in changed) Console.WriteLine($"updated {file}");
        if (changed.Count == 0) Console.WriteLine("docs are up to date");
        return 0;
    }

    /// <summary>
    /// `status`: for each lesson, whether its Chinese translation follows today's English lesson (and which cells changed
    /// if not). `stamp NOTEBOOK...`: after updating a translation, copy the English code cells into it and record the
    /// English lesson it now follows (run from the repository root).
    /// </summary>
    public static int Translations(string[] args)
    {
        var root = Directory.GetCurrentDirectory();
        var english = Path.Combine(root, LessonLanguage.English.Folder);
        var chinese = Path.Combine(root, LessonLanguage.Chinese.Folder);
        if (!Directory.Exists(english)) throw new UsageError($"run translations from the repository root (the folder with notebooks/), not {root}");
        switch (args.FirstOrDefault())
        {
            case "status" when args.Length == 1:
                var stale = 0;
                foreach (var source in Directory.GetFiles(english, "*.ipynb").Order(StringComparer.Ordinal))
                {
                    var name = Path.GetFileName(source);
                    var target = Path.Combine(chinese, name);
                    if (!File.Exists(target)) { Console.WriteLine($"{name}: no translation in {LessonLanguage.Chinese.Folder}/"); stale++; continue; }
                    var (en, zh) = (NotebookFile.Load(source), NotebookFile.Load(target));
                    var problems = Translation.StructureProblems(en, zh).Concat(Translation.Drift(en, zh)).ToList();
                    Console.WriteLine(problems.Count == 0 ? $"{name}: up to date" : $"{name}:\n  " + string.Join("\n  ", problems));
                    if (problems.Count > 0) stale++;
                }
                Console.WriteLine(stale == 0 ? "every translation follows its English lesson" : $"{stale} translation(s) to update");
                return stale == 0 ? 0 : 1;
            case "stamp" when args.Length > 1:
                foreach (var path in args[1..])
                {
                    var target = Path.GetFullPath(path);
                    if (LessonLanguage.OfNotebook(target) != LessonLanguage.Chinese)
                        throw new UsageError($"{path} is not in {LessonLanguage.Chinese.Folder}/: stamp the translation, not the English lesson");
                    var source = LessonLanguage.Counterpart(target, LessonLanguage.English);
                    var zh = NotebookFile.Load(target);
                    Translation.Stamp(NotebookFile.Load(source), zh,
                        Path.GetRelativePath(Path.GetDirectoryName(target)!, source).Replace('\\', '/'));
                    zh.SaveSource(target);
                    Console.WriteLine($"stamped {path}: follows {Path.GetRelativePath(root, source)} as it is now");
                }
                return 0;
            default:
                return Usage();
        }
    }

    public static async Task<int> StdioAsync(string[] args, bool vscode)
    {
        var options = Options.Parse(args, "--working-dir");
        var folder = Path.GetFullPath(options.Value("--working-dir") ?? Directory.GetCurrentDirectory());
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"--working-dir {folder} does not exist");
            return 2;
        }
        using var log = new StreamWriter(Console.OpenStandardError()) { AutoFlush = true };
        return await StdioHost.RunAsync(folder, vscode, log);
    }

    public static async Task<int> JupyterAsync(string[] args)
    {
        var options = Options.Parse(args, "--connection-file", "--data-dir");
        var dataFolder = options.Value("--data-dir") ?? KernelSpec.DataFolder();
        switch (options.Positional.FirstOrDefault())
        {
            case "install":
                var folder = KernelSpec.Install(typeof(Commands).Assembly.Location, dataFolder, KernelSpec.DotnetHost(), KernelSpec.ProcessEnvironment());
                Console.WriteLine($"installed the Jupyter kernel \"{KernelSpec.DisplayName}\" ({KernelSpec.Name}) in {folder}");
                return 0;
            case "uninstall":
                Console.WriteLine(KernelSpec.Uninstall(dataFolder)
                    ? $"removed the Jupyter kernel {KernelSpec.Name} from {KernelSpec.Folder(dataFolder)}"
                    : $"no Jupyter kernel {KernelSpec.Name} in {KernelSpec.Folder(dataFolder)}: nothing to remove");
                return 0;
            case null when options.Value("--connection-file") is { } connectionFile:
                var connection = ConnectionFile.Load(connectionFile);
                using (var log = new StreamWriter(Console.OpenStandardError()) { AutoFlush = true })
                using (var kernel = KernelFactory.Create(log))
                using (var host = new JupyterKernelHost(connection, kernel, log))
                {
                    log.WriteLine($"Curriculum.Kernel jupyter: serving {connection.Endpoint(connection.ShellPort)} in {Directory.GetCurrentDirectory()}");
                    return await host.RunAsync();
                }
            default:
                return Usage();
        }
    }

    private static IEnumerable<string> Expand(string input) =>
        Directory.Exists(input)
            ? Directory.GetFiles(input, "*.ipynb").Order(StringComparer.Ordinal)
            : [input];
}

sealed class Options
{
    public List<string> Positional { get; } = new();
    private readonly Dictionary<string, string> _named = new();

    public string? Value(string name) => _named.GetValueOrDefault(name);

    public static Options Parse(string[] args, params string[] named)
    {
        var options = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            if (named.Contains(args[i]))
            {
                if (i + 1 >= args.Length) throw new UsageError($"{args[i]} needs a value");
                options._named[args[i]] = args[++i];
            }
            else if (args[i].StartsWith("--")) throw new UsageError($"unknown option {args[i]}");
            else options.Positional.Add(args[i]);
        }
        return options;
    }
}

/// <summary>A command line the program cannot use; reported with the usage text, exit code 2.</summary>
sealed class UsageError(string message) : Exception(message);
