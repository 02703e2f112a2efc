using System.Text.RegularExpressions;

namespace Curriculum.Kernel.Docs;

/// <summary>
/// Where the lessons use the helper library: which lesson first names a type or first calls a static member, and which
/// library files a lesson's code uses. The back-link test and the generated "library code" cells both read this.
/// </summary>
public sealed class LessonUsage(IReadOnlyList<LessonText> lessons, IReadOnlyList<LibraryDeclaration> library)
{
    // Not after a dot: "FineTuning.Predict" calls a member named Predict, it does not name the type Predict.
    private static bool Names(string text, string name) => Regex.IsMatch(text, $@"(?<![\w.]){Regex.Escape(name)}\b");

    /// <summary>
    /// The first lesson whose code names the type; if no code does, the first whose text names it as code (`Name`,
    /// `Name.Member`: a plain word such as "Case" in prose is not a mention); else null.
    /// </summary>
    public int? FirstNaming(string type) =>
        lessons.FirstOrDefault(l => Names(l.Code, type))?.Number
        ?? lessons.FirstOrDefault(l => Regex.IsMatch(l.Markdown, $@"`{Regex.Escape(type)}\b"))?.Number;

    /// <summary>The first lesson whose code calls <c>Type.Member</c>, or null when no lesson calls it directly.</summary>
    public int? FirstCall(string type, string member) =>
        lessons.FirstOrDefault(l => Names(l.Code, $"{type}.{member}"))?.Number;

    /// <summary>
    /// The lesson a declaration's "Introduced in lesson NN" must name, or null when it must not claim one: a type, the
    /// first lesson naming it; a static member a lesson calls as <c>Type.Member</c>, the first such lesson. Other
    /// members are not named directly by the lessons: they need not claim one, and a claim is no earlier than their type's.
    /// </summary>
    public int? ExpectedClaim(LibraryDeclaration d)
    {
        if (d.Member is null) return FirstNaming(d.Type);
        if (d.IsStatic && FirstCall(d.Type, d.Member) is { } called) return called;
        if (d.IntroducedIn is not { } claim) return null;
        var type = FirstNaming(d.Type);
        return type is { } t && claim >= t ? claim : type;
    }

    /// <summary>The library files whose types the lesson's code names, with those type names, ordered by path.</summary>
    public IReadOnlyList<(string File, IReadOnlyList<string> Types)> FilesUsedBy(LessonText lesson) =>
        library.Where(d => d.Member is null && Names(lesson.Code, d.Type))
            .GroupBy(d => d.File).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<string>)g.Select(d => d.Type).Distinct().ToList()))
            .ToList();
}
