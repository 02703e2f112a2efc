using static TorchSharp.torch;

namespace Curriculum.Audio;

/// <summary>
/// Mel-frequency cepstral coefficients: the orthonormal DCT-II of each frame's log mel energies, keeping the first few
/// coefficients. The DCT decorrelates neighbouring mel bands; the low coefficients describe the spectral envelope
/// (the vocal tract's shape), which is what identifies a speech sound. Introduced in lesson 15.
/// </summary>
public static class Mfcc
{
    /// <summary>
    /// The orthonormal DCT-II matrix [k, n] = s(k) · cos(π k (2n + 1) / (2N)), s(0) = √(1/N), s(k) = √(2/N); rows k &lt;
    /// <paramref name="coefficients"/>. Equals scipy.fft.dct(x, type=2, norm="ortho") applied to x. Introduced in lesson 15.
    /// </summary>
    public static double[,] DctMatrix(int coefficients, int length)
    {
        if (length <= 0) throw new ArgumentOutOfRangeException(nameof(length), length, "length must be positive");
        if (coefficients <= 0 || coefficients > length)
            throw new ArgumentOutOfRangeException(nameof(coefficients), coefficients, $"must be between 1 and the input length {length}");
        var d = new double[coefficients, length];
        for (var k = 0; k < coefficients; k++)
        for (var n = 0; n < length; n++)
            d[k, n] = Math.Sqrt((k == 0 ? 1.0 : 2.0) / length) * Math.Cos(Math.PI * k * (2 * n + 1) / (2.0 * length));
        return d;
    }

    /// <summary>The orthonormal DCT-II of one vector, first <paramref name="coefficients"/> values (all by default). Introduced in lesson 15.</summary>
    public static double[] Dct(IReadOnlyList<double> x, int? coefficients = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        var d = DctMatrix(coefficients ?? x.Count, x.Count);
        return Enumerable.Range(0, d.GetLength(0)).Select(k => Enumerable.Range(0, x.Count).Sum(n => d[k, n] * x[n])).ToArray();
    }

    /// <summary>MFCCs of log mel spectrograms [B, nMels, frames]: [B, coefficients, frames]. Introduced in lesson 15.</summary>
    public static Tensor FromLogMel(Tensor logMel, int coefficients = 13)
    {
        ArgumentNullException.ThrowIfNull(logMel);
        if (logMel.dim() != 3) throw new ArgumentException($"expected log mel spectrograms shaped [batch, mels, frames], got [{string.Join(", ", logMel.shape)}]", nameof(logMel));
        using var scope = NewDisposeScope();
        var matrix = tensor(DctMatrix(coefficients, (int)logMel.shape[1]), dtype: logMel.dtype);
        return matmul(matrix, logMel).MoveToOuterDisposeScope();
    }
}
