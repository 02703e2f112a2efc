using Curriculum.Data;

namespace Curriculum.Tests.Data;

public class HumanSpeechTests
{
    [Fact]
    public void Five_real_clips_with_their_transcripts()
    {
        var clips = HumanSpeech.Cards();

        Assert.Equal(["001", "002", "003", "004", "005"], clips.Select(c => c.Id));
        Assert.Equal(["ten of clubs", "four queen of clubs", "seven of clubs", "five five", "eight of spades four of clubs seven of hearts"],
            clips.Select(c => c.Transcript));
        // Sizes of the package's WAV files: (bytes − 44-byte header) / 2 samples.
        Assert.Equal([(35096 - 44) / 2, (62772 - 44) / 2, (49266 - 44) / 2, (49772 - 44) / 2, (112124 - 44) / 2], clips.Select(c => c.Samples.Length));
        Assert.All(clips, c => Assert.True(c.Samples.Max(Math.Abs) > 0.01f, $"{c.Id} is silent"));
    }

    [Fact]
    public void Transcription_lines_must_have_the_sphinx_form()
    {
        Assert.Equal([("004", "five five")], HumanSpeech.ParseTranscription(["<s> five  five  </s> (004)", ""]));
        Assert.Contains("line 1", Assert.Throws<InvalidDataException>(() => HumanSpeech.ParseTranscription(["five five (004)"])).Message);
    }
}
