using Curriculum.Kernel.Docs;
using Curriculum.Kernel.Tests.Support;

namespace Curriculum.Kernel.Tests.Docs;

/// <summary>
/// Each helper's "Introduced in lesson NN" names the lesson that really introduces it, so a reader can go from a helper to
/// the lesson that explains it (as Dive into Deep Learning's helper module does).
/// </summary>
public sealed class IntroducedInLessonTests
{
    private static readonly IReadOnlyList<LibraryDeclaration> Library = LibrarySource.Read(Path.Combine(Repo.Root, "src", "Curriculum"));
    private static readonly LessonUsage Usage = new(LessonText.ReadAll(Repo.Notebooks), Library);

    [Fact]
    public void The_library_source_is_read_with_its_types_members_and_claims()
    {
        // Known declarations, by hand: a static class, a static method, an instance record, and a type no lesson names.
        var check = Assert.Single(Library, d => d is { Type: "Check", Member: null });
        Assert.Equal(("Display/Check.cs", true), (check.File, check.IsStatic));
        Assert.Single(Library, d => d is { Type: "Check", Member: "AtLeast", IsStatic: true });
        Assert.Single(Library, d => d is { Type: "ThresholdCost", Member: null, IsStatic: false });
        Assert.True(Library.Count(d => d.Member is null) > 100, "the library has well over a hundred public types");
        Assert.Contains(Library, d => d.IntroducedIn is not null);
    }

    [Fact]
    public void Every_claim_names_the_first_lesson_that_uses_the_helper()
    {
        // A type: the first lesson whose code names it (else whose text does). A static member a lesson calls as
        // Type.Member: the first such lesson. Other members: no claim, or one no earlier than their type's. No lesson: no claim.
        var wrong = Library.Where(d => d.IntroducedIn != Usage.ExpectedClaim(d))
            .Select(d => $"{d.Location} {d.Name} claims lesson {d.IntroducedIn?.ToString("00") ?? "(none)"}, " +
                         $"expected {Usage.ExpectedClaim(d)?.ToString("00") ?? "no claim"}")
            .ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} wrong \"Introduced in lesson NN\":\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void Every_type_a_lesson_names_says_which_lesson_introduced_it()
    {
        var silent = Library.Where(d => d.Member is null && d.IntroducedIn is null && Usage.FirstNaming(d.Type) is not null)
            .Select(d => $"{d.Location} {d.Name} (first named in lesson {Usage.FirstNaming(d.Type):00})").ToList();
        Assert.True(silent.Count == 0, "types without \"Introduced in lesson NN.\":\n" + string.Join("\n", silent));
    }

    [Fact]
    public void First_use_is_found_in_code_before_text_and_calls_only_as_Type_Member()
    {
        LessonText Lesson(int n, string code, string markdown) => new(n, $"{n:00}-x.ipynb",
        [
            Cell(0, "markdown", markdown), Cell(1, "code", code),
        ]);
        var lessons = new[]
        {
            Lesson(1, "var x = Foo.Bar(1); Other.Qux(); // Foo2 is another type", "`Baz` is explained later"),
            Lesson(2, "Baz.Make(); Qux.Run();", ""),
            Lesson(3, "y.Run();", "Qux and `Quux`"),
        };
        var library = new[]
        {
            new LibraryDeclaration("A/Foo.cs", 1, "Foo", null, true, 1),
            new LibraryDeclaration("A/Baz.cs", 1, "Baz", null, true, 1),
            new LibraryDeclaration("A/Qux.cs", 1, "Qux", null, true, 2),
            new LibraryDeclaration("A/Foo2.cs", 1, "Foo2", null, false, null),
        };
        var usage = new LessonUsage(lessons, library);
        Assert.Equal(2, usage.FirstNaming("Baz")); // lesson 1 only mentions it in text; lesson 2's code uses it
        Assert.Equal(1, usage.FirstNaming("Foo"));
        Assert.Null(usage.FirstNaming("Nope"));
        Assert.Equal(3, usage.FirstNaming("Quux")); // in text only as code
        Assert.Null(usage.FirstNaming("Qu")); // a prefix is not a mention
        Assert.Equal(2, usage.FirstCall("Qux", "Run")); // lesson 3's y.Run() is not Qux.Run
        Assert.Equal(2, usage.FirstNaming("Qux")); // lesson 1's Other.Qux() is a member of another type
        Assert.Null(usage.FirstCall("Foo", "Baz"));
        Assert.Equal(2, usage.ExpectedClaim(new LibraryDeclaration("A/Qux.cs", 2, "Qux", "Run", true, 3)));
        Assert.Equal(2, usage.ExpectedClaim(new LibraryDeclaration("A/Baz.cs", 2, "Baz", "Hidden", false, 1))); // not before its type
        Assert.Equal(5, usage.ExpectedClaim(new LibraryDeclaration("A/Baz.cs", 2, "Baz", "Hidden", false, 5)));
        Assert.Null(usage.ExpectedClaim(new LibraryDeclaration("A/Baz.cs", 2, "Baz", "Hidden", false, null)));
        Assert.Equal(2, usage.ExpectedClaim(new LibraryDeclaration("A/Baz.cs", 2, "Baz", "Make", true, null))); // called: must claim
        Assert.Equal(["A/Foo.cs", "A/Foo2.cs"], usage.FilesUsedBy(lessons[0]).Select(f => f.File));
    }

    internal static Curriculum.Kernel.Notebooks.NotebookCell Cell(int index, string type, string source) =>
        new(index, new System.Text.Json.Nodes.JsonObject { ["cell_type"] = type, ["source"] = source });
}
