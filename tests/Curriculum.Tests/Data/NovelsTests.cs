using Curriculum.Data;

namespace Curriculum.Tests.Data;

/// <summary>The novels loader against the facts data/README.md states.</summary>
public class NovelsTests
{
    [Fact]
    public void Paragraph_counts_match_the_readme()
    {
        var rows = Novels.Load();
        Assert.Equal(8325, rows.Length);
        var books = rows.GroupBy(r => r.Book).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int>
        {
            ["Pride and Prejudice"] = 2063, ["Sense and Sensibility"] = 1810, ["Persuasion"] = 1007,
            ["Northanger Abbey"] = 1020, ["Moby-Dick"] = 2425,
        }, books);
        Assert.Equal(136, rows.Where(r => r.Author == "Melville").Max(r => r.Chapter));
    }

    [Fact]
    public void Texts_start_where_the_novels_start_and_use_one_ascii_character_set()
    {
        Assert.StartsWith("It is a truth universally acknowledged, that a single man in possession of a good fortune", Novels.Text("Austen", "Pride and Prejudice"));
        var moby = Novels.Text("Melville");
        Assert.StartsWith("Call me Ishmael. Some years ago--never mind how long precisely--", moby);
        var chars = Novels.Load().SelectMany(r => r.Text).Distinct().ToArray();
        Assert.All(chars, c => Assert.InRange(c, ' ', '~'));
        Assert.DoesNotContain('_', chars);
        Assert.Equal(2425 - 1, moby.Count(c => c == '\n'));
    }

    [Fact]
    public void Unknown_authors_and_books_are_named()
    {
        Assert.Equal("author", Assert.Throws<ArgumentException>(() => Novels.Text("Dickens")).ParamName);
        Assert.Contains("Persuasion", Assert.Throws<ArgumentException>(() => Novels.Text("Austen", "Emma")).Message);
    }
}
