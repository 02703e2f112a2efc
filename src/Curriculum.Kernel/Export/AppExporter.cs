using System.Text;
using System.Text.RegularExpressions;
using Curriculum.Kernel.Notebooks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Curriculum.Kernel.Export;

/// <summary>
/// Turns a lesson notebook into a .NET 10 file-based app (`dotnet run apps/NN-slug.cs`), so every lesson still runs
/// when no notebook kernel is at hand. Markdown becomes comments; the setup cell becomes `#:package`/`#:project`
/// directives (versions come from Directory.Packages.props, as for the notebooks); using directives move to the top and
/// type declarations to the end, as a file with top-level statements requires; a cell's last bare expression, which a
/// notebook would display, is passed to App.Display (charts go to HTML files).
/// </summary>
public static partial class AppExporter
{
    /// <summary>The repository folder the apps live in, beside notebooks/.</summary>
    public const string Folder = "apps";

    // The C# kernel imports these by default; a file-based app's implicit usings lack them.
    private static readonly string[] KernelDefaultUsings = ["System.Text"];

    [GeneratedRegex(@"^#r\s+""nuget:\s*(?<name>[^,""]+?)\s*,", RegexOptions.Multiline)]
    private static partial Regex NugetReference();

    /// <summary>The app's source for <paramref name="notebook"/>, whose file name without extension is <paramref name="name"/>.</summary>
    public static string Export(NotebookFile notebook, string name)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var setup = notebook.Cells.FirstOrDefault(c => c.IsCode)
            ?? throw new InvalidDataException($"{name} has no code cell; a lesson starts with the setup cell");
        var usings = new List<string>();
        var body = new StringBuilder();
        var types = new StringBuilder();
        foreach (var cell in notebook.Cells)
        {
            if (!cell.IsCode)
            {
                foreach (var line in cell.Source.TrimEnd().Split('\n')) body.Append(line.Length == 0 ? "//" : "// " + line.TrimEnd()).Append('\n');
                body.Append('\n');
                continue;
            }
            var code = Translate(cell.Source, $"{name}, cell {cell.Index + 1}");
            foreach (var u in code.Usings) if (!usings.Contains(u)) usings.Add(u);
            if (cell.Index == setup.Index) continue; // its packages and usings make the header; ChartDisplay.Use() becomes App.Start
            if (code.Statements.Trim().Length > 0) body.Append(code.Statements.Trim('\n')).Append("\n\n");
            if (code.Types.Trim().Length > 0) types.Append(code.Types.Trim('\n')).Append("\n\n");
        }

        var app = new StringBuilder();
        app.Append($"// {name}.cs: lesson {name} as a file-based app. Generated from notebooks/{name}.ipynb by\n")
           .Append("// `dotnet run --project src/Curriculum.Kernel -- export`: edit the notebook, not this file (a test checks they agree).\n")
           .Append($"// Run it from the repository root: dotnet run {Folder}/{name}.cs   (charts are written to artifacts/apps/{name}/)\n");
        foreach (Match m in NugetReference().Matches(setup.Source)) app.Append($"#:package {m.Groups["name"].Value}\n");
        // File-based apps default to native AOT, which forbids the code generation ML.NET and Plotly.NET need. Packages are
        // used from the NuGet cache instead of copied: libtorch for every platform would be 1.4 GB per app.
        app.Append("#:property PublishAot=false\n#:property CopyLocalLockFileAssemblies=false\n#:property GenerateRuntimeConfigDevFile=true\n")
           .Append("#:project ../src/Curriculum/Curriculum.csproj\n\n");
        foreach (var u in KernelDefaultUsings.Concat(usings).Distinct()) app.Append($"using {u};\n");
        app.Append($"\nCurriculum.Display.App.Start(\"{name}\");\n\n")
           .Append(body.ToString().TrimEnd('\n')).Append("\n\n")
           .Append("// What a notebook does with a cell's last value: show it (charts and HTML go to files).\n")
           .Append("static void display(object? value) => Curriculum.Display.App.Display(value);\n");
        if (types.Length > 0) app.Append('\n').Append(types.ToString().TrimEnd('\n')).Append('\n');
        return app.ToString();
    }

    /// <summary>One code cell split into its using directives, its statements (last bare expression displayed) and its types.</summary>
    internal static (IReadOnlyList<string> Usings, string Statements, string Types) Translate(string source, string where)
    {
        // Kernel directives (#r, #!...) have no meaning in an app: the setup cell's packages become #:package lines.
        var lines = source.Replace("\r\n", "\n").Split('\n').Where(l => !l.TrimStart().StartsWith("#r ") && !l.TrimStart().StartsWith("#!"));
        var tree = CSharpSyntaxTree.ParseText(string.Join('\n', lines), new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Script));
        var root = (CompilationUnitSyntax)tree.GetRoot();
        if (root.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } error)
            throw new InvalidDataException($"{where} does not parse: {error}");
        root = (CompilationUnitSyntax)new DisplayCallRewriter().Visit(root);
        var usings = root.Usings.Select(u => u.WithoutTrivia().ToString()["using ".Length..].TrimEnd(';').Trim()).ToList();
        var statements = new StringBuilder();
        var types = new StringBuilder();
        var last = root.Members.LastOrDefault();
        foreach (var member in root.Members)
        {
            switch (member)
            {
                case GlobalStatementSyntax { Statement: ExpressionStatementSyntax { SemicolonToken.IsMissing: true } bare } when member == last:
                    statements.Append(bare.GetLeadingTrivia().ToFullString())
                        .Append("display(").Append(bare.Expression.WithoutTrivia().ToFullString()).Append(");\n");
                    break;
                case GlobalStatementSyntax statement:
                    statements.Append(statement.ToFullString());
                    break;
                case FieldDeclarationSyntax field: // a script's top-level `var x = ...` is a field; in an app, a local
                    statements.Append(field.WithModifiers(Local(field.Modifiers)).ToFullString());
                    break;
                case MethodDeclarationSyntax method: // a script-level method is a local function in top-level statements
                    statements.Append(method.WithModifiers(Local(method.Modifiers)).ToFullString());
                    break;
                case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax:
                    types.Append(member.ToFullString());
                    break;
                default:
                    throw new InvalidDataException($"{where}: a {member.Kind()} at the top level of a cell has no file-based app equivalent; use a local variable or function");
            }
        }
        return (usings, statements.ToString(), types.ToString());
    }

    /// <summary>
    /// `x.Display();` (the kernel's extension that shows a value mid-cell) becomes `display(x);`, so the app saves that
    /// chart or prints that table too. Only whole statements: a kept DisplayedValue (for .Update) has no app equivalent.
    /// </summary>
    private sealed class DisplayCallRewriter : CSharpSyntaxRewriter
    {
        public override SyntaxNode? VisitExpressionStatement(ExpressionStatementSyntax node)
        {
            if (node.Expression is InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0, Expression: MemberAccessExpressionSyntax { Name.Identifier.Text: "Display" } access })
            {
                var call = SyntaxFactory.InvocationExpression(SyntaxFactory.IdentifierName("display"),
                    SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(access.Expression.WithoutTrivia()))));
                return node.WithExpression(call.WithTriviaFrom(node.Expression));
            }
            return base.VisitExpressionStatement(node);
        }
    }

    // Access modifiers mean nothing on locals and local functions (static and async stay).
    private static SyntaxTokenList Local(SyntaxTokenList modifiers) => SyntaxFactory.TokenList(modifiers.Where(m =>
        !m.IsKind(SyntaxKind.PublicKeyword) && !m.IsKind(SyntaxKind.PrivateKeyword) && !m.IsKind(SyntaxKind.InternalKeyword)
        && !m.IsKind(SyntaxKind.StaticKeyword) || m.Parent is MethodDeclarationSyntax && m.IsKind(SyntaxKind.StaticKeyword)));
}
