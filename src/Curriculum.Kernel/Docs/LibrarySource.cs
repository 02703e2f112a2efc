using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Curriculum.Kernel.Docs;

/// <summary>
/// One public declaration of the helper library: a type, or a member of one, with the file it is in (relative to
/// src/Curriculum, forward slashes) and the lesson its doc comment says introduced it ("Introduced in lesson NN.").
/// </summary>
public sealed record LibraryDeclaration(string File, int Line, string Type, string? Member, bool IsStatic, int? IntroducedIn)
{
    public string Name => Member is null ? Type : $"{Type}.{Member}";

    /// <summary>Where it is declared, as file:line under src/Curriculum.</summary>
    public string Location => $"{File}:{Line}";
}

/// <summary>
/// Reads the helper library's public declarations from its source with Roslyn's parser, so the lesson back-links
/// ("Introduced in lesson NN") and the lessons' links to library files can be checked and generated.
/// </summary>
public static partial class LibrarySource
{
    [GeneratedRegex(@"Introduced in lesson (?<nn>\d\d)")]
    private static partial Regex Introduced();

    /// <summary>Every public type and public member under <paramref name="libraryFolder"/> (src/Curriculum).</summary>
    public static IReadOnlyList<LibraryDeclaration> Read(string libraryFolder)
    {
        if (!Directory.Exists(libraryFolder))
            throw new DirectoryNotFoundException($"The helper library's source folder {libraryFolder} does not exist");
        var result = new List<LibraryDeclaration>();
        foreach (var path in Directory.EnumerateFiles(libraryFolder, "*.cs", SearchOption.AllDirectories)
                     .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
                     .Order(StringComparer.Ordinal))
        {
            var file = Path.GetRelativePath(libraryFolder, path).Replace('\\', '/');
            var root = CSharpSyntaxTree.ParseText(File.ReadAllText(path)).GetRoot();
            foreach (var type in root.DescendantNodes().OfType<BaseTypeDeclarationSyntax>().Where(IsPublic))
            {
                result.Add(new LibraryDeclaration(file, LineOf(type), type.Identifier.Text, null, IsStatic(type.Modifiers), Lesson(type)));
                if (type is not TypeDeclarationSyntax withMembers) continue;
                foreach (var member in withMembers.Members.Where(m => m is not BaseTypeDeclarationSyntax && IsPublic(m)))
                {
                    var name = member switch
                    {
                        MethodDeclarationSyntax m => m.Identifier.Text,
                        ConstructorDeclarationSyntax => "#ctor",
                        PropertyDeclarationSyntax p => p.Identifier.Text,
                        FieldDeclarationSyntax f => f.Declaration.Variables.First().Identifier.Text,
                        EventDeclarationSyntax e => e.Identifier.Text,
                        _ => null,
                    };
                    if (name is not null)
                        result.Add(new LibraryDeclaration(file, LineOf(member), type.Identifier.Text, name,
                            IsStatic(member.Modifiers) || member.Modifiers.Any(SyntaxKind.ConstKeyword), Lesson(member)));
                }
            }
        }
        return result;
    }

    /// <summary>The 1-based line where the declaration starts (its first attribute or modifier, after the doc comment).</summary>
    private static int LineOf(MemberDeclarationSyntax node) => node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;

    private static bool IsPublic(MemberDeclarationSyntax member) => member.Modifiers.Any(SyntaxKind.PublicKeyword);

    private static bool IsStatic(SyntaxTokenList modifiers) => modifiers.Any(SyntaxKind.StaticKeyword);

    private static int? Lesson(SyntaxNode node)
    {
        var docs = node.GetLeadingTrivia()
            .Where(t => t.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || t.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia))
            .Select(t => t.ToFullString());
        var match = Introduced().Match(string.Concat(docs));
        return match.Success ? int.Parse(match.Groups["nn"].Value) : null;
    }
}
