using Curriculum.Models;
using Curriculum.Tests.Support;
using Curriculum.Vision;
using static TorchSharp.torch;

namespace Curriculum.Tests.Models;

[Collection(TorchCollection.Name)]
public class ResNet18TorchTests
{
    [Fact]
    public void Pooled_features_match_onnx_runtime_on_a_photo()
    {
        var png = PngImage.Load("images/chelsea.png");
        var rgb = Enumerable.Range(0, 3).SelectMany(c => Resize.Bilinear(png.ToRgbPlanes()[(c * png.Width * png.Height)..((c + 1) * png.Width * png.Height)], png.Width, png.Height, 224, 224)).ToArray();
        using var onnx = new ResNet18Features();
        var expected = onnx.FromRgb(rgb);
        var plane = 224 * 224;
        var prepared = new float[3 * plane];
        for (var c = 0; c < 3; c++)
            for (var i = 0; i < plane; i++)
                prepared[c * plane + i] = 255f * rgb[(2 - c) * plane + i] - onnx.MeanBgr[c * plane + i];
        using var net = new ResNet18Torch();
        using var x = tensor(prepared).reshape(1, 3, 224, 224);
        using var y = net.call(x);
        var got = y.flatten().data<float>().ToArray();

        Assert.Equal(512, got.Length);
        var maxAbs = got.Zip(expected).Max(p => Math.Abs(p.First - p.Second));
        var scale = expected.Max(Math.Abs);
        Assert.True(maxAbs <= 1e-3 * scale, $"max |difference| {maxAbs} (largest feature {scale})");
    }

    [Fact]
    public void Activations_are_differentiable_with_respect_to_the_image()
    {
        using var net = new ResNet18Torch();
        using var x = randn(1, 3, 64, 64).requires_grad_(true);
        var layers = net.Layers.Where(l => l.OpType == "Relu").Select(l => l.Output).Take(3).ToArray();
        var acts = net.Activations(x, layers);
        using var loss = acts.Select(a => a.pow(2).mean()).Aggregate((a, b) => a + b);
        loss.backward();
        Assert.True(x.grad is not null && x.grad.abs().sum().item<float>() > 0);
        foreach (var a in acts) a.Dispose();
    }

    [Fact]
    public void Unknown_layer_names_are_rejected() =>
        Assert.Equal("outputs", Assert.Throws<ArgumentException>(() => new ResNet18Torch().Activations(zeros(1, 3, 32, 32), ["nope"])).ParamName);
}
