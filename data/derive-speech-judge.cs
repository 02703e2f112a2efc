// derive-speech-judge.cs: trains the digit-string recogniser that lesson 28 uses as its judge and writes
// data/speech-judge.bin. Run it through data/derive-speech-judge.sh (from anywhere), which then prints the sha256 for
// data/README.md. Seeded: the same CPU gives the same file; another CPU gives slightly different weights.
#:package TorchSharp-cpu
#:property PublishAot=false
#:property CopyLocalLockFileAssemblies=false
#:property GenerateRuntimeConfigDevFile=true
#:project ../src/Curriculum/Curriculum.csproj

using Curriculum.Audio;
using Curriculum.Data;
using Curriculum.Metrics;
using Curriculum.Training;
using TorchSharp;

if (args.Length != 1) { Console.Error.WriteLine("usage: dotnet run data/derive-speech-judge.cs -- OUTPUT.bin"); return 2; }
torch.set_num_threads(2);
var corpus = SpeechDigits.Load();
// Lesson 28's teacher voice must stay unheard: it is a held-out voice, and validation uses the other held-out voices.
const string teacherVoice = "en-us+belinda";
var train = corpus.Where(c => !c.IsTest).ToArray();
var validation = corpus.Where(c => c.IsTest && c.Voice != teacherVoice).ToArray();
torch.manual_seed(23);
using var judge = SpeechJudge.Untrained(corpus);
using var x = judge.Features(train.Select(c => c.Samples).ToList());
using var y = Ctc.PackTargets(train.Select(c => c.DigitValues.Select(d => d + 1).ToArray()).ToList());
using var validationX = judge.Features(validation.Select(c => c.Samples).ToList());
var references = validation.Select(c => c.Words).ToArray();
// Lesson 23's recipe: Adam 0.003, batch 32, 30 epochs, the best epoch by validation WER kept.
var history = Trainer.Fit(judge.Model, torch.optim.Adam(judge.Model.parameters(), lr: 0.003), Ctc.Loss, x, y,
    evaluate: () => new Dictionary<string, double> { ["val WER"] = WordErrorRate.Corpus(references, judge.Transcribe(validationX)) },
    new TrainOptions { Epochs = 30, BatchSize = 32, Seed = 23, Monitor = "val WER", HigherIsBetter = false, Title = "speech judge" });
judge.Model.save(args[0]);
Console.WriteLine($"{history.Epochs.Count} epochs in {history.TotalSeconds:0.0} s; best epoch {history.BestEpoch}, validation WER {history.AtBest("val WER"):0.0000} " +
    $"({validation.Length} clips of {validation.Select(c => c.Voice).Distinct().Count()} held-out voices); wrote {args[0]}");
return 0;
