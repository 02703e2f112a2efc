// derive-austen-gpt.cs: pretrains the small character GPT that lesson 05 loads as its pretrained generator and writes
// data/austen-gpt.bin. Run it through data/derive-austen-gpt.sh (from anywhere), which then prints the sha256 for
// data/README.md. Seeded: the same CPU gives the same file; another CPU gives slightly different weights.
#:package TorchSharp-cpu
#:property PublishAot=false
#:property CopyLocalLockFileAssemblies=false
#:property GenerateRuntimeConfigDevFile=true
#:project ../src/Curriculum/Curriculum.csproj

using Curriculum.Data;
using Curriculum.Text;
using Curriculum.Training;
using TorchSharp;

if (args.Length != 1) { Console.Error.WriteLine("usage: dotnet run data/derive-austen-gpt.cs -- OUTPUT.bin"); return 2; }
torch.set_num_threads(2);
var vocab = PretrainedCharGpt.Vocabulary();
var trainIds = vocab.Encode(string.Join("\n", PretrainedCharGpt.TrainingBooks.Select(b => Novels.Text("Austen", b))));
var validationIds = vocab.Encode(Novels.Text("Austen", "Northanger Abbey")[..100_000]);
torch.manual_seed(5);
using var gpt = PretrainedCharGpt.Untrained(vocab);
CharStep step = (x, state) => gpt.Step(x, state);
// Lesson 12's recipe, ten times longer: 64 windows of 64 characters a step, AdamW with warmup and cosine decay.
var history = CharLmTrainer.Fit(gpt, step, new TokenStreams(trainIds, streams: 64, window: 64),
    validate: () => CharLmTrainer.BitsPerChar(gpt, step, validationIds, streams: 25, window: 64, carryState: false),
    new CharLmOptions { Steps = 7000, LearningRate = 8e-3, WarmupSteps = 100, CarryState = false, EvaluateEvery = 1000, Seed = 5, Title = "pretraining" });
gpt.save(args[0]);
Console.WriteLine($"{history.Seconds:0} s; validation (Northanger Abbey, first 100,000 characters) {history.FinalValidationBits:0.000} bits/char; " +
    $"V = {vocab.Size}; {gpt.parameters().Sum(p => p.numel()):N0} weights; wrote {args[0]}");
return 0;
