using System.Text.RegularExpressions;
using Curriculum.Audio;
using Curriculum.Display;

namespace Curriculum.Tests.Display;

public class AudioPlayerTests
{
    [Fact]
    public void The_player_embeds_the_clip_as_a_base64_WAV_data_uri()
    {
        float[] clip = [0f, 0.5f, -0.5f, 0.25f];

        var html = AudioPlayer.Of(clip, 16000, "a clip").ToString()!;

        Assert.Contains("<audio controls", html);
        var uri = Regex.Match(html, "src=\"data:audio/wav;base64,([A-Za-z0-9+/=]+)\"");
        Assert.True(uri.Success, html);
        var wav = Convert.FromBase64String(uri.Groups[1].Value);
        Assert.Equal(Wav.ToBytes(clip, 16000), wav);
        var (samples, rate) = Wav.Read(wav);
        Assert.Equal(16000, rate);
        Assert.Equal(4, samples.Length);
        Assert.Equal("data:audio/wav;base64," + uri.Groups[1].Value, AudioPlayer.DataUri(clip, 16000));
    }

    [Fact]
    public void A_row_has_one_player_per_clip_with_encoded_captions_and_durations()
    {
        var html = AudioPlayer.Row([("<seven>", new float[8000]), ("three & four", new float[16000])], 16000).ToString()!;

        Assert.Equal(2, Regex.Matches(html, "<audio controls").Count);
        Assert.Contains("&lt;seven&gt; (0.50 s)", html);
        Assert.Contains("three &amp; four (1.00 s)", html);
        Assert.DoesNotContain("<seven>", html);
    }

    [Fact]
    public void Empty_input_is_rejected()
    {
        Assert.Equal("clips", Assert.Throws<ArgumentException>(() => AudioPlayer.Row([], 16000)).ParamName);
        Assert.Equal("clips", Assert.Throws<ArgumentException>(() => AudioPlayer.Of([], 16000)).ParamName);
        Assert.Equal("sampleRate", Assert.Throws<ArgumentOutOfRangeException>(() => AudioPlayer.Of([0f], 0)).ParamName);
    }
}
