using Microsoft.ML;
using Microsoft.ML.Data;

namespace Curriculum.Tests.Metrics;

/// <summary>
/// Shared data for the cross-checks against ML.NET's evaluators: seeded random predictions (with many
/// tied scores) and predictions from small models trained with ML.NET on seeded synthetic data.
/// All scores are float because ML.NET stores them as float; our functions get the widened values, so
/// both sides see exactly the same numbers.
/// </summary>
internal static class MlNetReference
{
    public const double Tolerance = 1e-6;

    public sealed class BinaryRow
    {
        public bool Label { get; set; }
        public float Score { get; set; }
        public float Probability { get; set; }
        public bool PredictedLabel { get; set; }
    }

    public sealed class RegressionRow
    {
        public float Label { get; set; }
        public float Score { get; set; }
    }

    public sealed class MulticlassRow
    {
        // Key columns. LoadFromEnumerable with a key ColumnType takes these 0-based (class k is k) and
        // stores raw key k + 1 itself; CreateEnumerable into a plain uint gives the raw 1-based value back.
        public uint Label { get; set; }
        public float[] Score { get; set; } = []; // one probability per class
        public uint PredictedLabel { get; set; }
    }

    /// <summary>A binary data set in both forms: the rows and the arrays our functions take.</summary>
    public sealed record BinaryData(string Name, BinaryRow[] Rows)
    {
        public bool[] Actual => Rows.Select(r => r.Label).ToArray();
        public float[] Scores => Rows.Select(r => r.Score).ToArray();
        public float[] Probabilities => Rows.Select(r => r.Probability).ToArray();
        /// <summary>ML.NET's Evaluate ignores the PredictedLabel column and counts score &gt; 0 as positive.</summary>
        public bool[] Predicted => Rows.Select(r => r.Score > 0).ToArray();
        public override string ToString() => Name;
    }

    public sealed record MulticlassData(string Name, int ClassCount, int[] Actual, double[][] Probabilities, float[][] FloatProbabilities, int[]? MlNetPredictedLabel = null)
    {
        /// <summary>ML.NET's multiclass evaluator assigns the first class with the highest score.</summary>
        public int[] Predicted => FloatProbabilities.Select(ArgMax).ToArray();
        public override string ToString() => Name;
    }

    public sealed record RegressionData(string Name, float[] Actual, float[] Predicted)
    {
        public override string ToString() => Name;
    }

    public static readonly string[] BinaryNames = ["seeded-ties", "logistic-regression"];

    public static BinaryData Binary(string name) => name switch
    {
        "seeded-ties" => SeededBinary(seed: 20240603, count: 400),
        "logistic-regression" => TrainedBinary.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown data set"),
    };

    public static readonly string[] MulticlassNames = ["seeded-ties", "maximum-entropy"];

    public static MulticlassData Multiclass(string name) => name switch
    {
        "seeded-ties" => SeededMulticlass(seed: 7, count: 350, classCount: 4),
        "maximum-entropy" => TrainedMulticlass.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown data set"),
    };

    public static readonly string[] RegressionNames = ["seeded", "sdca-regression"];

    public static RegressionData RegressionSet(string name) => name switch
    {
        "seeded" => SeededRegression(seed: 99, count: 300),
        "sdca-regression" => TrainedRegression.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown data set"),
    };

    public static TheoryData<string> Names(string[] names)
    {
        var data = new TheoryData<string>();
        foreach (var n in names) data.Add(n);
        return data;
    }

    // ---------------------------------------------------------------- ML.NET evaluation

    public static CalibratedBinaryClassificationMetrics EvaluateBinary(IEnumerable<BinaryRow> rows)
    {
        var ml = new MLContext(seed: 1);
        return ml.BinaryClassification.Evaluate(ml.Data.LoadFromEnumerable(rows));
    }

    public static MulticlassClassificationMetrics EvaluateMulticlass(MulticlassData data)
    {
        var ml = new MLContext(seed: 1);
        var rows = data.Actual.Select((a, i) => new MulticlassRow
        {
            Label = (uint)a,
            Score = data.FloatProbabilities[i],
            PredictedLabel = (uint)data.Predicted[i],
        });
        var schema = SchemaDefinition.Create(typeof(MulticlassRow));
        schema[nameof(MulticlassRow.Label)].ColumnType = new KeyDataViewType(typeof(uint), data.ClassCount);
        schema[nameof(MulticlassRow.PredictedLabel)].ColumnType = new KeyDataViewType(typeof(uint), data.ClassCount);
        schema[nameof(MulticlassRow.Score)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, data.ClassCount);
        return ml.MulticlassClassification.Evaluate(ml.Data.LoadFromEnumerable(rows, schema));
    }

    public static RegressionMetrics EvaluateRegression(RegressionData data)
    {
        var ml = new MLContext(seed: 1);
        var rows = data.Actual.Select((a, i) => new RegressionRow { Label = a, Score = data.Predicted[i] });
        return ml.Regression.Evaluate(ml.Data.LoadFromEnumerable(rows));
    }

    // ---------------------------------------------------------------- seeded random sets

    /// <summary>Scores rounded to one decimal, so most scores are shared by several rows of both classes.</summary>
    private static BinaryData SeededBinary(int seed, int count)
    {
        var random = new Random(seed);
        var rows = new BinaryRow[count];
        for (int i = 0; i < count; i++)
        {
            bool label = random.NextDouble() < 0.4;
            float score = (float)Math.Round(Gaussian(random) + (label ? 0.9 : -0.2), 1);
            float probability = (float)(1 / (1 + Math.Exp(-score)));
            rows[i] = new BinaryRow { Label = label, Score = score, Probability = probability, PredictedLabel = score > 0 };
        }
        return new BinaryData("seeded-ties", rows);
    }

    /// <summary>Probabilities quantised to multiples of 0.05 (so argmax ties happen) and renormalised.</summary>
    private static MulticlassData SeededMulticlass(int seed, int count, int classCount)
    {
        var random = new Random(seed);
        var actual = new int[count];
        var probabilities = new float[count][];
        for (int i = 0; i < count; i++)
        {
            actual[i] = random.Next(classCount);
            var raw = new double[classCount];
            for (int k = 0; k < classCount; k++)
                raw[k] = Math.Round(random.NextDouble() * 20) + (k == actual[i] ? 6 : 0);
            raw[random.Next(classCount)] += 1; // make sure no row is all zeros
            double sum = raw.Sum();
            probabilities[i] = raw.Select(r => (float)(r / sum)).ToArray();
        }
        return new MulticlassData("seeded-ties", classCount, actual, Widen(probabilities), probabilities);
    }

    private static RegressionData SeededRegression(int seed, int count)
    {
        var random = new Random(seed);
        var actual = new float[count];
        var predicted = new float[count];
        for (int i = 0; i < count; i++)
        {
            actual[i] = (float)(10 + 3 * Gaussian(random));
            predicted[i] = (float)(actual[i] + 1.5 * Gaussian(random) + 0.3);
        }
        return new RegressionData("seeded", actual, predicted);
    }

    // ---------------------------------------------------------------- models trained with ML.NET

    private sealed class FeatureRow
    {
        public bool Label { get; set; }
        [VectorType(3)] public float[] Features { get; set; } = [];
    }

    private sealed class MulticlassFeatureRow
    {
        public uint Class { get; set; }
        [VectorType(3)] public float[] Features { get; set; } = [];
    }

    private sealed class RegressionFeatureRow
    {
        public float Label { get; set; }
        [VectorType(3)] public float[] Features { get; set; } = [];
    }

    private sealed class KeyRow
    {
        public uint Class { get; set; }
    }

    private sealed class MulticlassPrediction
    {
        public uint Label { get; set; }
        public float[] Score { get; set; } = [];
        public uint PredictedLabel { get; set; }
    }

    private static readonly Lazy<BinaryData> TrainedBinary = new(() =>
    {
        var random = new Random(42);
        FeatureRow Make()
        {
            var x = new[] { (float)Gaussian(random), (float)Gaussian(random), (float)Gaussian(random) };
            double logit = 1.2 * x[0] - 0.8 * x[1] + 0.3 * x[2] - 0.4 + 0.8 * Gaussian(random);
            return new FeatureRow { Label = logit > 0, Features = x };
        }
        var ml = new MLContext(seed: 42);
        var train = ml.Data.LoadFromEnumerable(Enumerable.Range(0, 600).Select(_ => Make()).ToList());
        var test = ml.Data.LoadFromEnumerable(Enumerable.Range(0, 300).Select(_ => Make()).ToList());
        var model = ml.BinaryClassification.Trainers.LbfgsLogisticRegression().Fit(train);
        var rows = ml.Data.CreateEnumerable<BinaryRow>(model.Transform(test), reuseRowObject: false).ToArray();
        return new BinaryData("logistic-regression", rows);
    });

    private static readonly Lazy<MulticlassData> TrainedMulticlass = new(() =>
    {
        var random = new Random(3);
        var centres = new[] { new[] { 0.0, 0.0, 0.0 }, new[] { 1.5, 0.5, 0.0 }, new[] { 0.0, 1.5, 0.5 } };
        MulticlassFeatureRow Make()
        {
            int c = random.Next(3);
            var x = centres[c].Select(m => (float)(m + Gaussian(random))).ToArray();
            return new MulticlassFeatureRow { Class = (uint)c, Features = x };
        }
        var ml = new MLContext(seed: 3);
        var train = ml.Data.LoadFromEnumerable(Enumerable.Range(0, 600).Select(_ => Make()).ToList());
        var test = ml.Data.LoadFromEnumerable(Enumerable.Range(0, 300).Select(_ => Make()).ToList());
        // Map the class to a key with a fixed order (0, 1, 2) so key k + 1 is class k.
        var keys = ml.Data.LoadFromEnumerable(new[] { 0u, 1u, 2u }.Select(c => new KeyRow { Class = c }).ToList());
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label", "Class", keyData: keys)
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy());
        var predictions = ml.Data.CreateEnumerable<MulticlassPrediction>(pipeline.Fit(train).Transform(test), reuseRowObject: false).ToArray();
        var actual = predictions.Select(p => (int)p.Label - 1).ToArray(); // raw key k + 1 is class k
        var probabilities = predictions.Select(p => p.Score).ToArray();
        var predicted = predictions.Select(p => (int)p.PredictedLabel - 1).ToArray();
        return new MulticlassData("maximum-entropy", 3, actual, Widen(probabilities), probabilities, predicted);
    });

    private static readonly Lazy<RegressionData> TrainedRegression = new(() =>
    {
        var random = new Random(5);
        RegressionFeatureRow Make()
        {
            var x = new[] { (float)Gaussian(random), (float)Gaussian(random), (float)Gaussian(random) };
            return new RegressionFeatureRow { Label = (float)(2 * x[0] - x[1] + 0.5 * x[2] * x[2] + 0.5 * Gaussian(random)), Features = x };
        }
        var ml = new MLContext(seed: 5);
        var train = ml.Data.LoadFromEnumerable(Enumerable.Range(0, 500).Select(_ => Make()).ToList());
        var test = ml.Data.LoadFromEnumerable(Enumerable.Range(0, 250).Select(_ => Make()).ToList());
        var model = ml.Regression.Trainers.Sdca().Fit(train);
        var rows = ml.Data.CreateEnumerable<RegressionRow>(model.Transform(test), reuseRowObject: false).ToArray();
        return new RegressionData("sdca-regression", rows.Select(r => r.Label).ToArray(), rows.Select(r => r.Score).ToArray());
    });

    // ---------------------------------------------------------------- helpers

    public static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    public static int ArgMax(float[] values)
    {
        int best = 0;
        for (int i = 1; i < values.Length; i++)
            if (values[i] > values[best]) best = i;
        return best;
    }

    private static double[][] Widen(float[][] values) =>
        values.Select(row => row.Select(v => (double)v).ToArray()).ToArray();
}
