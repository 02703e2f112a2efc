using System.Text;
using Curriculum.Data;

namespace Curriculum.Tests.Data;

public class SpeechDigitsTests
{
    private static IReadOnlyList<SpeechClip> Clips => SpeechDigits.Load();

    [Fact]
    public void Counts_and_split_match_the_readme()
    {
        Assert.Equal(1296, Clips.Count);
        Assert.Equal(288, Clips.Count(c => c.IsTest));
        Assert.Equal(720, Clips.Count(c => c.Digits.Length == 1));
        Assert.Equal(36, Clips.Select(c => c.Voice).Distinct().Count());
        var testVariants = Clips.Where(c => c.IsTest).Select(c => c.Voice.Split('+')[1]).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(["Andy", "belinda", "edward", "f4", "john", "m3", "quincy", "steph"], testVariants);
        // Held out means held out: no test voice has a training clip.
        Assert.Empty(Clips.Where(c => c.IsTest).Select(c => c.Voice).Intersect(Clips.Where(c => !c.IsTest).Select(c => c.Voice)));
        // Every voice says every digit twice on its own.
        Assert.All(Clips.Where(c => c.Digits.Length == 1).GroupBy(c => (c.Voice, c.Digits)), g => Assert.Equal(2, g.Count()));
    }

    [Fact]
    public void Transcripts_settings_and_audio_are_consistent()
    {
        Assert.Equal(new SpeechClip("c0000", false, "en+m1", 182, 34, "zero", "0", []) with { Samples = Clips[0].Samples }, Clips[0]);
        Assert.Equal(7161, Clips[0].Samples.Length);
        foreach (var c in Clips)
        {
            Assert.Equal(c.Words, string.Join(" ", c.DigitValues.Select(d => SpeechDigits.Words[d])));
            Assert.InRange(c.Digits.Length, 1, 4);
            Assert.InRange(c.Speed, 140, 240);
            Assert.InRange(c.Pitch, 25, 75);
            Assert.InRange(c.Seconds, 0.15, 2.5);
            Assert.True(c.Samples.Max(Math.Abs) > 0.05f, $"{c.Id} is nearly silent");
        }
    }

    [Fact]
    public void Bad_index_files_fail_with_the_line_number()
    {
        const string header = "id\tsplit\tvoice\tspeed\tpitch\twords\tdigits\toffset\tsamples";
        var audio = new byte[] { 0xFF, 0x80, 0x00 };

        var ok = SpeechDigits.Parse([header, "c1\ttest\ten+m1\t175\t50\tseven\t7\t1\t2"], audio);
        Assert.Equal([32124 / 32768f, -32124 / 32768f], ok.Single().Samples);
        Assert.True(ok.Single().IsTest);

        Assert.Contains("header", Assert.Throws<InvalidDataException>(() => SpeechDigits.Parse(["id,split"], audio)).Message);
        Assert.Contains("line 2", Assert.Throws<InvalidDataException>(() => SpeechDigits.Parse([header, "c1\ttest\ten+m1\t175\t50\tseven\t7\t2\t2"], audio)).Message);
        Assert.Contains("split", Assert.Throws<InvalidDataException>(() => SpeechDigits.Parse([header, "c1\tdev\ten+m1\t175\t50\tseven\t7\t0\t2"], audio)).Message);
    }
}
