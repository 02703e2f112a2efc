using Curriculum.Audio;
using Curriculum.Tests.Support;
using static TorchSharp.torch;

namespace Curriculum.Tests.Audio;

[Collection(TorchCollection.Name)]
public class MfccTests
{
    [Fact]
    public void DCT_II_of_known_vectors()
    {
        // scipy.fft.dct([1, 1, 1, 1], norm="ortho") = [2, 0, 0, 0]; dct([1, 2, 3, 4], norm="ortho") = [5, -2.2304425, 0, -0.1585127].
        Assert.Equal([2, 0, 0, 0], Mfcc.Dct([1, 1, 1, 1]), (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal([5, -2.230442497387663, 0, -0.15851266778110815], Mfcc.Dct([1, 2, 3, 4]), (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal([5, -2.230442497387663], Mfcc.Dct([1, 2, 3, 4], 2), (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Fact]
    public void The_full_DCT_matrix_is_orthonormal()
    {
        var d = Mfcc.DctMatrix(40, 40);
        for (var i = 0; i < 40; i++)
        for (var j = 0; j < 40; j++)
            Assert.Equal(i == j ? 1.0 : 0.0, Enumerable.Range(0, 40).Sum(n => d[i, n] * d[j, n]), 10);
    }

    [Fact]
    public void Batched_MFCCs_equal_the_DCT_of_each_frame()
    {
        var random = new Random(5);
        var values = Enumerable.Range(0, 2 * 40 * 3).Select(_ => (float)(random.NextDouble() * 10 - 5)).ToArray();
        using var logMel = tensor(values, [2, 40, 3]);

        using var mfcc = Mfcc.FromLogMel(logMel, 13);

        Assert.Equal(new long[] { 2, 13, 3 }, mfcc.shape);
        for (var b = 0; b < 2; b++)
        for (var f = 0; f < 3; f++)
        {
            var frame = Enumerable.Range(0, 40).Select(m => (double)values[b * 120 + m * 3 + f]).ToArray();
            var expected = Mfcc.Dct(frame, 13);
            for (var k = 0; k < 13; k++) Assert.Equal(expected[k], mfcc[b, k, f].item<float>(), 3);
        }
    }

    [Fact]
    public void Bad_sizes_name_the_argument()
    {
        Assert.Equal("coefficients", Assert.Throws<ArgumentOutOfRangeException>(() => Mfcc.DctMatrix(41, 40)).ParamName);
        Assert.Equal("length", Assert.Throws<ArgumentOutOfRangeException>(() => Mfcc.DctMatrix(1, 0)).ParamName);
        using var twoD = zeros(40, 3);
        Assert.Equal("logMel", Assert.Throws<ArgumentException>(() => Mfcc.FromLogMel(twoD)).ParamName);
    }
}
