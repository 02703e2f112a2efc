namespace Curriculum.Text;

/// <summary>
/// A character vocabulary: each distinct character of a text gets an id (sorted by code point, so the ids do not depend
/// on the order of the text); encoding maps characters outside it to a replacement character that is in it.
/// Introduced in lesson 05.
/// </summary>
public sealed class CharVocabulary
{
    private readonly char[] _chars;
    private readonly Dictionary<char, int> _ids;
    private readonly int _unknown;

    /// <summary>A vocabulary of the given characters (duplicates removed, sorted). Unknown characters encode as <paramref name="replacement"/> (default: space, if present, else the first character).</summary>
    public CharVocabulary(IEnumerable<char> characters, char? replacement = null)
    {
        ArgumentNullException.ThrowIfNull(characters);
        _chars = characters.Distinct().Order().ToArray();
        if (_chars.Length == 0) throw new ArgumentException("the vocabulary needs at least one character", nameof(characters));
        _ids = _chars.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
        var r = replacement ?? (_ids.ContainsKey(' ') ? ' ' : _chars[0]);
        if (!_ids.TryGetValue(r, out _unknown)) throw new ArgumentException($"the replacement character '{r}' is not in the vocabulary", nameof(replacement));
    }

    /// <summary>The vocabulary of every character that occurs in the given texts. Introduced in lesson 05.</summary>
    public static CharVocabulary FromTexts(params string[] texts) => new(texts.SelectMany(t => t));

    /// <summary>Number of characters (V).</summary>
    public int Size => _chars.Length;

    /// <summary>The characters in id order.</summary>
    public IReadOnlyList<char> Characters => _chars;

    public bool Contains(char c) => _ids.ContainsKey(c);

    /// <summary>The id of a character (unknown characters give the replacement's id).</summary>
    public int Id(char c) => _ids.TryGetValue(c, out var id) ? id : _unknown;

    /// <summary>The character of an id.</summary>
    public char Char(int id) => id >= 0 && id < _chars.Length ? _chars[id]
        : throw new ArgumentOutOfRangeException(nameof(id), id, $"ids run from 0 to {_chars.Length - 1}");

    /// <summary>The ids of a text. Introduced in lesson 05.</summary>
    public int[] Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ids = new int[text.Length];
        for (var i = 0; i < text.Length; i++) ids[i] = Id(text[i]);
        return ids;
    }

    /// <summary>The text of a sequence of ids. Introduced in lesson 05.</summary>
    public string Decode(IEnumerable<int> ids) => new(ids.Select(Char).ToArray());
}
