using Microsoft.ML;
using Microsoft.ML.Data;

namespace Curriculum.Data;

/// <summary>A row for ML.NET with a fixed-length feature vector and a label of type <typeparamref name="TLabel"/>.</summary>
public sealed class VectorRow<TLabel>
{
    public float[] Features { get; set; } = [];
    public TLabel Label { get; set; } = default!;
}

/// <summary>A row for ML.NET text pipelines: the raw text and a boolean label.</summary>
public sealed class TextRow
{
    public string Text { get; set; } = "";
    public bool Label { get; set; }
}

/// <summary>
/// Turns the library's arrays into ML.NET IDataViews with the conventional "Features" and "Label" columns, and reads
/// predictions back as arrays. ML.NET needs the vector length in the schema, which a plain class cannot state for
/// data of any width, so the schema is set here at run time. Introduced in lesson 01.
/// </summary>
public static class MlNetData
{
    /// <summary>Features + boolean label (binary classification). Introduced in lesson 01.</summary>
    public static IDataView Binary(MLContext ml, float[][] features, bool[] labels) => Load(ml, features, labels);

    /// <summary>Features + float label (regression). Introduced in lesson 03.</summary>
    public static IDataView Regression(MLContext ml, float[][] features, float[] targets) => Load(ml, features, targets);

    /// <summary>
    /// Features + class label 0..classCount-1 as an ML.NET key column (what multiclass trainers want). Keys are
    /// 1-based inside ML.NET (0 means missing); <see cref="PredictedClasses"/> maps them back to 0-based classes. Introduced in lesson 06.
    /// </summary>
    public static IDataView Multiclass(MLContext ml, float[][] features, int[] labels, int classCount)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Any(l => l < 0 || l >= classCount))
            throw new ArgumentOutOfRangeException(nameof(labels), $"labels must be in [0, {classCount}); found {labels.First(l => l < 0 || l >= classCount)}");
        // LoadFromEnumerable takes key values 0-based for a key column and stores key k + 1 itself.
        var keys = labels.Select(l => (uint)l).ToArray();
        var schema = Schema<uint>(features);
        schema["Label"].ColumnType = new KeyDataViewType(typeof(uint), classCount);
        return ml.Data.LoadFromEnumerable(Rows(features, keys), schema);
    }

    /// <summary>Texts + boolean labels. Introduced in lesson 01.</summary>
    public static IDataView Text(MLContext ml, IReadOnlyList<string> texts, IReadOnlyList<bool> labels)
    {
        SameLength(texts.Count, labels.Count, nameof(labels));
        return ml.Data.LoadFromEnumerable(texts.Select((t, i) => new TextRow { Text = t, Label = labels[i] }).ToList());
    }

    /// <summary>A float column of a scored IDataView as an array (e.g. "Score" or "Probability"). Introduced in lesson 03.</summary>
    public static float[] Column(IDataView data, string column) => data.GetColumn<float>(column).ToArray();

    /// <summary>The boolean "PredictedLabel" column of binary predictions. Introduced in lesson 01.</summary>
    public static bool[] PredictedLabels(IDataView predictions) => predictions.GetColumn<bool>("PredictedLabel").ToArray();

    /// <summary>The 0-based predicted classes of a multiclass model's output. Introduced in lesson 06.</summary>
    public static int[] PredictedClasses(IDataView predictions) =>
        predictions.GetColumn<uint>("PredictedLabel").Select(k => (int)k - 1).ToArray();

    /// <summary>
    /// The names of a vector column's slots (e.g. the n-gram behind each TF-IDF feature), in slot order.
    /// Introduced in lesson 18.
    /// </summary>
    public static string[] SlotNames(IDataView data, string column)
    {
        ArgumentNullException.ThrowIfNull(data);
        var col = data.Schema.GetColumnOrNull(column)
            ?? throw new ArgumentException($"no column \"{column}\"; the columns are {string.Join(", ", data.Schema.Select(c => c.Name))}", nameof(column));
        if (!col.HasSlotNames())
            throw new ArgumentException($"column \"{column}\" has no slot names", nameof(column));
        VBuffer<ReadOnlyMemory<char>> names = default;
        col.GetSlotNames(ref names);
        return names.DenseValues().Select(n => n.ToString()).ToArray();
    }

    /// <summary>
    /// The per-feature weights of a trained linear ML.NET model (logistic regression, SDCA, ...), found at the end of
    /// a fitted pipeline and unwrapped from its calibrator. Slot i belongs to feature <see cref="SlotNames"/>[i].
    /// Introduced in lesson 18.
    /// </summary>
    public static float[] LinearWeights(ITransformer model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var last = model is IEnumerable<ITransformer> chain ? chain.LastOrDefault() : model;
        object? parameters = last is ISingleFeaturePredictionTransformer<object> predictor ? predictor.Model : null;
        // A calibrated model wraps the linear one as SubModel (declared on a generic and a non-generic base class).
        var inner = parameters?.GetType().GetProperties().Where(p => p.Name == "SubModel")
            .Select(p => p.GetValue(parameters)).OfType<Microsoft.ML.Trainers.LinearModelParameters>().FirstOrDefault();
        parameters = inner ?? parameters;
        return parameters is Microsoft.ML.Trainers.LinearModelParameters linear
            ? linear.Weights.ToArray()
            : throw new ArgumentException($"the model does not end in a linear predictor (found {last?.GetType().Name ?? "nothing"})", nameof(model));
    }

    private static IDataView Load<TLabel>(MLContext ml, float[][] features, TLabel[] labels) =>
        ml.Data.LoadFromEnumerable(Rows(features, labels), Schema<TLabel>(features));

    private static List<VectorRow<TLabel>> Rows<TLabel>(float[][] features, TLabel[] labels)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        SameLength(features.Length, labels.Length, nameof(labels));
        return features.Select((f, i) => new VectorRow<TLabel> { Features = f, Label = labels[i] }).ToList();
    }

    private static SchemaDefinition Schema<TLabel>(float[][] features)
    {
        if (features.Length == 0) throw new ArgumentException("features is empty; need at least one row", nameof(features));
        var width = features[0].Length;
        var ragged = Array.FindIndex(features, f => f.Length != width);
        if (ragged >= 0)
            throw new ArgumentException($"every feature row must have {width} values (row 0 does), but row {ragged} has {features[ragged].Length}", nameof(features));
        var schema = SchemaDefinition.Create(typeof(VectorRow<TLabel>));
        schema["Features"].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        return schema;
    }

    private static void SameLength(int features, int labels, string name)
    {
        if (features != labels)
            throw new ArgumentException($"there are {features} feature rows but {labels} labels; they must match one to one", name);
    }
}
