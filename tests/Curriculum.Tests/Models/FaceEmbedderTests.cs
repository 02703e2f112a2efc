using Curriculum.Models;
using Curriculum.Tests.Support;
using static TorchSharp.torch;

namespace Curriculum.Tests.Models;

[Collection(TorchCollection.Name)]
public class FaceEmbedderTests
{
    [Fact]
    public void Maps_32x32_faces_to_unit_length_embeddings()
    {
        manual_seed(1);
        using var model = new FaceEmbedder(embeddingSize: 24, channels: 8);
        model.eval();
        using var x = rand(5, 1, 32, 32);
        using var e = model.call(x);
        Assert.Equal(new long[] { 5, 24 }, e.shape);
        using var norms = e.norm(1);
        Assert.All(norms.data<float>().ToArray(), n => Assert.Equal(1f, n, 5));
        Assert.Equal(24, model.EmbeddingSize);
    }

    [Fact]
    public void The_embedding_of_one_face_does_not_depend_on_the_rest_of_the_batch_in_eval_mode()
    {
        manual_seed(2);
        using var model = new FaceEmbedder();
        model.eval();
        using var x = rand(4, 1, 32, 32);
        using var all = model.call(x);
        using var one = model.call(x.narrow(0, 2, 1));
        Assert.True(all[2].sub(one[0]).abs().max().item<float>() < 1e-5);
    }

    [Fact]
    public void Bad_shapes_and_sizes_are_refused_by_name()
    {
        using var model = new FaceEmbedder();
        using var wrong = rand(2, 1, 25, 25);
        Assert.Contains("[2, 1, 25, 25]", Assert.Throws<ArgumentException>(() => model.call(wrong)).Message);
        Assert.Equal("embeddingSize", Assert.Throws<ArgumentOutOfRangeException>(() => new FaceEmbedder(embeddingSize: 0)).ParamName);
        Assert.Equal("channels", Assert.Throws<ArgumentOutOfRangeException>(() => new FaceEmbedder(channels: 0)).ParamName);
    }
}
