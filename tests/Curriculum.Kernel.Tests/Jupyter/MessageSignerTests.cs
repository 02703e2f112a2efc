using System.Text;
using Curriculum.Kernel.Jupyter;

namespace Curriculum.Kernel.Tests.Jupyter;

public sealed class MessageSignerTests
{
    private static byte[][] Parts(params string[] parts) => parts.Select(Encoding.UTF8.GetBytes).ToArray();

    [Fact]
    public void Signs_the_concatenated_frames_with_HMAC_SHA256_as_in_RFC_4231()
    {
        // RFC 4231, test case 2: key "Jefe", data "what do ya want for nothing?", split over the four signed frames.
        var signer = new MessageSigner("Jefe");
        Assert.Equal("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
            signer.Sign(Parts("what do ya ", "want ", "for ", "nothing?")));
    }

    [Fact]
    public void Verifies_its_own_signature_and_rejects_a_changed_frame_or_key()
    {
        var signer = new MessageSigner("a-key");
        var parts = Parts("{\"msg_type\":\"execute_request\"}", "{}", "{}", "{\"code\":\"1+1\"}");
        var signature = signer.Sign(parts);
        Assert.True(signer.Verify(signature, parts));
        Assert.True(signer.Verify(signature.ToUpperInvariant(), parts));
        Assert.False(signer.Verify(signature, Parts("{\"msg_type\":\"execute_request\"}", "{}", "{}", "{\"code\":\"1+2\"}")));
        Assert.False(new MessageSigner("another-key").Verify(signature, parts));
        Assert.False(signer.Verify("", parts));
    }

    [Fact]
    public void An_empty_key_means_no_signing()
    {
        var signer = new MessageSigner("");
        Assert.False(signer.Enabled);
        Assert.Equal("", signer.Sign(Parts("a", "b", "c", "d")));
        Assert.True(signer.Verify("", Parts("a", "b", "c", "d")));
    }

    [Fact]
    public void Bad_input_is_refused_by_name()
    {
        Assert.Equal("key", Assert.Throws<ArgumentNullException>(() => new MessageSigner(null!)).ParamName);
        Assert.Equal("parts", Assert.Throws<ArgumentException>(() => new MessageSigner("k").Sign(Parts("a", "b"))).ParamName);
    }
}
