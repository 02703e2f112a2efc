using Curriculum.Data;
using Curriculum.Display;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Curriculum.Vision;

/// <summary>
/// Pretrained ImageNet features from ResNet18 (He et al. 2016, "Deep Residual Learning for Image Recognition"), run
/// with ONNX Runtime from the model in the NuGet package Microsoft.ML.DnnImageFeaturizer.ResNet18: a 224×224 image in,
/// the 512 numbers of the last global-average-pooling layer out (the classifier layer is not included). The network was
/// exported from CNTK and expects BGR channels in 0–255 minus the ImageNet mean image; this class does that
/// preprocessing (the mean image is read once from the package's ResNetPreprocess.onnx). Dispose it to free the
/// native session. Introduced in lesson 24.
/// </summary>
public sealed class ResNet18Features : IDisposable
{
    /// <summary>Input side in pixels.</summary>
    public const int InputSize = 224;
    /// <summary>Length of a feature vector.</summary>
    public const int Dimension = 512;
    private const int Plane = InputSize * InputSize;

    private readonly InferenceSession _session;
    private readonly string _inputName, _outputName;

    /// <summary>The mean image the network expects subtracted, [3, 224, 224] in B, G, R order, 0–255.</summary>
    public float[] MeanBgr { get; }

    /// <summary>
    /// Loads the model (about 1 s). Paths default to the package files in the NuGet cache (see <see cref="PackageFiles"/>);
    /// <paramref name="threads"/> is ONNX Runtime's intra-op thread count.
    /// </summary>
    public ResNet18Features(string? modelPath = null, string? preprocessPath = null, int threads = 2)
    {
        if (threads <= 0) throw new ArgumentOutOfRangeException(nameof(threads), threads, "threads must be positive");
        using var options = new SessionOptions { IntraOpNumThreads = threads, InterOpNumThreads = 1 };
        using (var prep = new InferenceSession(preprocessPath ?? PackageFiles.ResNetPreprocessOnnx, options))
        {
            // The preprocessing model computes input − mean; on an all-zero input it returns −mean.
            var zeros = new DenseTensor<float>([1, 3, InputSize, InputSize]);
            using var result = prep.Run([NamedOnnxValue.CreateFromTensor(prep.InputMetadata.Keys.Single(), zeros)]);
            MeanBgr = result.Single().AsTensor<float>().ToArray().Select(v => -v).ToArray();
        }
        _session = new InferenceSession(modelPath ?? PackageFiles.ResNet18Onnx, options);
        _inputName = _session.InputMetadata.Keys.Single();
        _outputName = _session.OutputMetadata.Keys.Single();
    }

    /// <summary>Features of one RGB image given as planes [3, 224, 224] in [0, 1] (what <see cref="PngImage.ToRgbPlanes"/> gives).</summary>
    public float[] FromRgb(float[] rgbPlanes)
    {
        ArgumentNullException.ThrowIfNull(rgbPlanes);
        if (rgbPlanes.Length != 3 * Plane)
            throw new ArgumentException($"expected RGB planes of 3x{InputSize}x{InputSize} = {3 * Plane} values, got {rgbPlanes.Length}", nameof(rgbPlanes));
        var input = new DenseTensor<float>([1, 3, InputSize, InputSize]);
        var buffer = input.Buffer.Span;
        for (var c = 0; c < 3; c++) // network channel c is B, G, R: take RGB plane 2 - c
            for (var i = 0; i < Plane; i++)
                buffer[c * Plane + i] = 255f * rgbPlanes[(2 - c) * Plane + i] - MeanBgr[c * Plane + i];
        return Run(input);
    }

    /// <summary>
    /// Features of one grey image in [0, 1] (<paramref name="width"/>×<paramref name="height"/>, row-major), resized to
    /// 224×224 (bilinear) if needed and repeated into the three colour channels.
    /// </summary>
    public float[] FromGrey(float[] grey, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(grey);
        if (grey.Length != width * height || width <= 0 || height <= 0)
            throw new ArgumentException($"grey has {grey.Length} pixels, expected {width}x{height} = {width * height}", nameof(grey));
        var sized = width == InputSize && height == InputSize ? grey : Resize.Bilinear(grey, width, height, InputSize, InputSize);
        var rgb = new float[3 * Plane];
        for (var c = 0; c < 3; c++) Array.Copy(sized, 0, rgb, c * Plane, Plane);
        return FromRgb(rgb);
    }

    /// <summary>Features of many square grey images of side <paramref name="side"/>, with live progress (about 40 ms per image on 2 cores).</summary>
    public float[][] FromGrey(IReadOnlyList<float[]> images, int side, string title = "ResNet18 features")
    {
        ArgumentNullException.ThrowIfNull(images);
        if (images.Count == 0) throw new ArgumentException("need at least one image", nameof(images));
        using var progress = Progress.Start(title, images.Count);
        var features = new float[images.Count][];
        for (var i = 0; i < images.Count; i++)
        {
            features[i] = FromGrey(images[i], side, side);
            progress.Report(i + 1);
        }
        return features;
    }

    /// <summary>
    /// Features of an input already laid out as the network takes it: [3, 224, 224], B, G, R planes, with whatever
    /// scaling the caller chose (normally 0–255 minus <see cref="MeanBgr"/>). Lesson 27 uses it to show what wrong
    /// preprocessing costs.
    /// </summary>
    public float[] FromPrepared(float[] networkInput)
    {
        ArgumentNullException.ThrowIfNull(networkInput);
        if (networkInput.Length != 3 * Plane)
            throw new ArgumentException($"expected 3x{InputSize}x{InputSize} = {3 * Plane} values, got {networkInput.Length}", nameof(networkInput));
        var input = new DenseTensor<float>([1, 3, InputSize, InputSize]);
        networkInput.CopyTo(input.Buffer.Span);
        return Run(input);
    }

    private float[] Run(DenseTensor<float> input)
    {
        using var result = _session.Run([NamedOnnxValue.CreateFromTensor(_inputName, input)], [_outputName]);
        var features = result.Single().AsTensor<float>().ToArray();
        if (features.Length != Dimension) throw new InvalidOperationException($"the model returned {features.Length} values, expected {Dimension}");
        return features;
    }

    public void Dispose() => _session.Dispose();
}
