using Curriculum.Tests.Support;
using Curriculum.Vision;
using static TorchSharp.torch;

namespace Curriculum.Tests.Vision;

[Collection(TorchCollection.Name)]
public class MaskTensorsTests
{
    [Fact]
    public void Masks_are_where_logits_exceed_the_threshold_row_major_per_image()
    {
        using var logits = tensor(new float[] { 1, -1, 0.5f, -3, /* image 2 */ -1, -1, 2, 0 }, [2, 1, 2, 2]);
        var masks = MaskTensors.FromLogits(logits);
        Assert.Equal([true, false, true, false], masks[0]);
        Assert.Equal([false, false, true, false], masks[1]); // 0 is not above 0
        Assert.Equal([true, false, false, false], MaskTensors.FromLogits(logits, 0.7)[0]);
        using var wrong = zeros(2, 2, 2, 2);
        Assert.Equal("logits", Assert.Throws<ArgumentException>(() => MaskTensors.FromLogits(wrong)).ParamName);
    }
}
