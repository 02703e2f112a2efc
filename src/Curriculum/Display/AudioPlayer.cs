using System.Globalization;
using System.Net;
using System.Text;
using Curriculum.Audio;
using Microsoft.AspNetCore.Html;

namespace Curriculum.Display;

/// <summary>
/// Inline audio players: an HTML &lt;audio controls&gt; element whose source is the clip as a 16-bit WAV in a base64
/// data URI, so the sound is stored in the notebook and plays offline. The last expression of a cell displays it.
/// Introduced in lesson 15.
/// </summary>
public static class AudioPlayer
{
    /// <summary>The data URI "data:audio/wav;base64,…" of a clip (samples in [−1, 1]). Introduced in lesson 15.</summary>
    public static string DataUri(IReadOnlyList<float> samples, int sampleRate) =>
        "data:audio/wav;base64," + Convert.ToBase64String(Wav.ToBytes(samples, sampleRate));

    /// <summary>One player with a caption above it. Introduced in lesson 15.</summary>
    public static IHtmlContent Of(IReadOnlyList<float> samples, int sampleRate, string caption = "") =>
        Row([(caption, samples)], sampleRate);

    /// <summary>Several players side by side (wrapping), each with its caption and duration. Introduced in lesson 15.</summary>
    public static IHtmlContent Row(IEnumerable<(string Caption, IReadOnlyList<float> Samples)> clips, int sampleRate)
    {
        ArgumentNullException.ThrowIfNull(clips);
        if (sampleRate <= 0) throw new ArgumentOutOfRangeException(nameof(sampleRate), sampleRate, "sample rate must be positive (e.g. 16000)");
        var html = new StringBuilder("<div style=\"display:flex;flex-wrap:wrap;gap:12px\">");
        var count = 0;
        foreach (var (caption, samples) in clips)
        {
            ArgumentNullException.ThrowIfNull(samples, nameof(clips));
            if (samples.Count == 0) throw new ArgumentException($"clip \"{caption}\" has no samples", nameof(clips));
            var seconds = (samples.Count / (double)sampleRate).ToString("0.00", CultureInfo.InvariantCulture);
            html.Append("<div style=\"font-family:sans-serif;font-size:12px\"><div>")
                .Append(WebUtility.HtmlEncode(caption)).Append(" (").Append(seconds).Append(" s)</div>")
                .Append("<audio controls preload=\"none\" style=\"width:220px\" src=\"").Append(DataUri(samples, sampleRate)).Append("\"></audio></div>");
            count++;
        }
        if (count == 0) throw new ArgumentException("need at least one clip", nameof(clips));
        return new HtmlString(html.Append("</div>").ToString());
    }
}
