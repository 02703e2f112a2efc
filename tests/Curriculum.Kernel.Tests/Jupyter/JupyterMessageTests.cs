using System.Text;
using System.Text.Json.Nodes;
using Curriculum.Kernel.Jupyter;

namespace Curriculum.Kernel.Tests.Jupyter;

public sealed class JupyterMessageTests
{
    private static readonly MessageSigner Signer = new("secret");

    private static JupyterMessage Request() => JupyterMessage.Create("execute_request", new JsonObject { ["code"] = "6 * 7" },
        "client-session", null, [Encoding.ASCII.GetBytes("router-id")]);

    [Fact]
    public void Frames_follow_the_wire_format_and_parse_back()
    {
        var frames = Request().ToFrames(Signer);
        Assert.Equal(7, frames.Count); // identity, <IDS|MSG>, signature, header, parent, metadata, content
        Assert.Equal("router-id", Encoding.ASCII.GetString(frames[0]));
        Assert.Equal("<IDS|MSG>", Encoding.ASCII.GetString(frames[1]));
        Assert.Equal(Signer.Sign(frames.Skip(3).Take(4).ToArray()), Encoding.ASCII.GetString(frames[2]));

        var parsed = JupyterMessage.Parse(frames, Signer);
        Assert.Equal("execute_request", parsed.Type);
        Assert.Equal("6 * 7", (string?)parsed.Content["code"]);
        Assert.Equal("5.3", (string?)parsed.Header["version"]);
        Assert.Equal("router-id", Encoding.ASCII.GetString(Assert.Single(parsed.Identities)));
    }

    [Fact]
    public void A_reply_carries_the_request_header_as_parent_and_its_identities()
    {
        var request = JupyterMessage.Parse(Request().ToFrames(Signer), Signer);
        var reply = JupyterMessage.Create("execute_reply", new JsonObject { ["status"] = "ok" }, "kernel-session", request, request.Identities);
        Assert.Equal(request.Id, (string?)reply.ParentHeader["msg_id"]);
        Assert.Equal("kernel-session", (string?)reply.Header["session"]);
        Assert.NotEqual(request.Id, reply.Id);
        Assert.Equal(request.Identities, reply.Identities);
    }

    [Fact]
    public void Non_ASCII_and_HTML_survive_the_round_trip()
    {
        var message = JupyterMessage.Create("stream", new JsonObject { ["text"] = "原题 <div>&</div>" }, "s", null, []);
        var frames = message.ToFrames(Signer);
        Assert.Contains("原题 <div>&</div>", Encoding.UTF8.GetString(frames[^1]));
        Assert.Equal("原题 <div>&</div>", (string?)JupyterMessage.Parse(frames, Signer).Content["text"]);
    }

    [Fact]
    public void A_wrong_signature_or_a_broken_message_is_refused()
    {
        var frames = Request().ToFrames(Signer);
        Assert.Contains("signature", Assert.Throws<InvalidDataException>(() => JupyterMessage.Parse(frames, new MessageSigner("other"))).Message);
        Assert.Contains("delimiter", Assert.Throws<InvalidDataException>(() => JupyterMessage.Parse(frames.Where((_, i) => i != 1).ToList(), Signer)).Message);
        Assert.Contains("frames after the delimiter", Assert.Throws<InvalidDataException>(() => JupyterMessage.Parse(frames.Take(5).ToList(), Signer)).Message);
        var notJson = frames.ToList();
        notJson[6] = Encoding.UTF8.GetBytes("{not json");
        var unsigned = new MessageSigner("");
        Assert.Contains("content is not valid JSON", Assert.Throws<InvalidDataException>(() => JupyterMessage.Parse(notJson, unsigned)).Message);
    }
}
