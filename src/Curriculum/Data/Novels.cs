namespace Curriculum.Data;

/// <summary>One paragraph of a novel: author (Austen or Melville), book, 1-based chapter and paragraph, plain-ASCII text.</summary>
public sealed record NovelParagraph(string Author, string Book, int Chapter, int Paragraph, string Text);

/// <summary>
/// Four Jane Austen novels and Melville's Moby-Dick, one record per paragraph (data/novels.jsonl.gz; public-domain
/// texts normalised to one ASCII character set, see data/README.md). Introduced in lesson 03 (to evaluate a generator; lesson 05 explains it).
/// </summary>
public static class Novels
{
    public const string File = "novels.jsonl.gz";

    /// <summary>The two authors in the file.</summary>
    public static readonly string[] Authors = ["Austen", "Melville"];

    private static NovelParagraph[]? _cache;

    /// <summary>Every paragraph, in book order (checksum checked first). Introduced in lesson 20.</summary>
    public static NovelParagraph[] Load()
    {
        if (_cache is not null) return _cache;
        return _cache = JsonLines.Read(File, "paragraph record", r => new NovelParagraph(r.GetProperty("author").GetString()!,
            r.GetProperty("book").GetString()!, r.GetProperty("chapter").GetInt32(), r.GetProperty("paragraph").GetInt32(),
            r.GetProperty("text").GetString()!));
    }

    /// <summary>
    /// The paragraphs of one book (or of every book by <paramref name="author"/> when <paramref name="book"/> is null),
    /// joined with "\n", so a newline marks a paragraph break. Introduced in lesson 03 (to evaluate a generator; lesson 05 explains it).
    /// </summary>
    public static string Text(string author, string? book = null)
    {
        if (!Authors.Contains(author)) throw new ArgumentException($"author must be one of {string.Join(", ", Authors)}, got \"{author}\"", nameof(author));
        var rows = Load().Where(p => p.Author == author && (book is null || p.Book == book)).ToArray();
        if (rows.Length == 0) throw new ArgumentException($"no book \"{book}\" by {author}; books: {string.Join(", ", Books(author))}", nameof(book));
        return string.Join("\n", rows.Select(p => p.Text));
    }

    /// <summary>The books of an author, in file order. Introduced in lesson 05.</summary>
    public static string[] Books(string author) => Load().Where(p => p.Author == author).Select(p => p.Book).Distinct().ToArray();
}
