using System.Text.RegularExpressions;

namespace Curriculum.Text;

/// <summary>The lexicon's verdict on one text: the summed valence and the words and phrases that contributed.</summary>
public sealed record LexiconScore(int Score, IReadOnlyList<(string Term, int Valence)> Matches)
{
    /// <summary>Positive when the score is above zero; a score of 0 (no opinion words, or a balance) counts as positive.</summary>
    public bool IsPositive => Score >= 0;
}

/// <summary>
/// Word-list sentiment (AFINN style): lower-case the text, split it into words, add up the valence of every listed
/// word or phrase (longest phrase first). Optionally flips the valence of a term that follows a negator ("not", "never",
/// "n't" …) within three words, the classic patch for "not good". No training, fully explainable, blind to everything
/// not in the list. Introduced in lesson 19.
/// </summary>
public sealed partial class SentimentLexicon
{
    private static readonly HashSet<string> Negators =
    [
        "not", "no", "never", "nothing", "nobody", "none", "neither", "nor", "without", "hardly", "barely",
        "don't", "doesn't", "didn't", "isn't", "wasn't", "aren't", "weren't", "can't", "cannot", "couldn't",
        "won't", "wouldn't", "shouldn't", "haven't", "hasn't", "hadn't", "dont", "doesnt", "didnt", "isnt", "wasnt", "cant", "wont",
    ];

    private readonly Dictionary<string, int> _valence;
    private readonly int _longestPhrase;

    /// <summary>A lexicon from term → valence (e.g. <c>SentimentData.Afinn()</c>); terms may be phrases of several words. Introduced in lesson 19.</summary>
    public SentimentLexicon(IReadOnlyDictionary<string, int> valence)
    {
        ArgumentNullException.ThrowIfNull(valence);
        if (valence.Count == 0) throw new ArgumentException("the lexicon needs at least one term", nameof(valence));
        _valence = valence.ToDictionary(p => p.Key.ToLowerInvariant(), p => p.Value);
        _longestPhrase = _valence.Keys.Max(k => k.Split(' ').Length);
    }

    /// <summary>Number of terms in the list.</summary>
    public int Count => _valence.Count;

    /// <summary>Lower-cased words (letters, digits, apostrophes, inner hyphens). Introduced in lesson 26.</summary>
    public static string[] Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return WordPattern().Matches(text.ToLowerInvariant().Replace('’', '\'')).Select(m => m.Value).ToArray();
    }

    /// <summary>The summed valence of <paramref name="text"/>, with the matched terms; <paramref name="handleNegation"/> flips terms after a negator. Introduced in lesson 19.</summary>
    public LexiconScore Score(string text, bool handleNegation = false)
    {
        var words = Words(text);
        var matches = new List<(string, int)>();
        var score = 0;
        for (var i = 0; i < words.Length;)
        {
            var matched = false;
            for (var n = Math.Min(_longestPhrase, words.Length - i); n >= 1 && !matched; n--)
            {
                var term = string.Join(' ', words, i, n);
                if (!_valence.TryGetValue(term, out var v)) continue;
                if (handleNegation && n == 1 && Enumerable.Range(Math.Max(0, i - 3), i - Math.Max(0, i - 3)).Any(j => Negators.Contains(words[j])))
                {
                    v = -v;
                    term = "¬" + term;
                }
                matches.Add((term, v));
                score += v;
                i += n;
                matched = true;
            }
            if (!matched) i++;
        }
        return new LexiconScore(score, matches);
    }

    [GeneratedRegex(@"[a-z0-9]+(?:['\-][a-z0-9]+)*")]
    private static partial Regex WordPattern();
}
