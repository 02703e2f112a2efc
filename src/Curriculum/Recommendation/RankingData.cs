using Microsoft.ML;
using Microsoft.ML.Data;

namespace Curriculum.Recommendation;

/// <summary>One (query, candidate) row for a learning-to-rank trainer: features, relevance label, and the query (user) it belongs to. Introduced in lesson 29.</summary>
public sealed class RankingRow
{
    public float[] Features { get; set; } = [];
    public float Label { get; set; }
    public uint GroupId { get; set; }
}

/// <summary>
/// Rows for ML.NET's ranking trainers (FastTree / LightGBM LambdaRank): a "Features" vector, a float "Label" (relevance,
/// 0 = not chosen) and a key column "GroupId" that tells the trainer which rows are candidates for the same user. Rows of
/// a group must be contiguous. Introduced in lesson 29.
/// </summary>
public static class RankingData
{
    /// <summary>An IDataView with the vector length and the group key type set at run time. Introduced in lesson 29.</summary>
    public static IDataView Load(MLContext ml, IReadOnlyList<RankingRow> rows)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0) throw new ArgumentException("need at least one row", nameof(rows));
        var width = rows[0].Features.Length;
        if (width == 0 || rows.Any(r => r.Features.Length != width))
            throw new ArgumentException($"every row needs the same, non-zero number of features (the first has {width})", nameof(rows));
        var seen = new HashSet<uint>();
        for (var n = 0; n < rows.Count; n++)
            if ((n == 0 || rows[n].GroupId != rows[n - 1].GroupId) && !seen.Add(rows[n].GroupId))
                throw new ArgumentException($"the rows of group {rows[n].GroupId} are not contiguous (row {n}); sort rows by group", nameof(rows));
        var schema = SchemaDefinition.Create(typeof(RankingRow));
        schema["Features"].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        schema["GroupId"].ColumnType = new KeyDataViewType(typeof(uint), rows.Max(r => r.GroupId) + 1UL);
        return ml.Data.LoadFromEnumerable(rows, schema);
    }
}
