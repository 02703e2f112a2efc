namespace Curriculum.Recommendation;

/// <summary>
/// Maps sparse ids (user 671, movie 163949) to dense row numbers 0..Count-1 for embedding tables, and back.
/// Ids are numbered in ascending order. Introduced in lesson 10.
/// </summary>
public sealed class IdIndex
{
    private readonly Dictionary<int, int> _row;
    private readonly int[] _ids;

    public IdIndex(IEnumerable<int> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        _ids = ids.Distinct().Order().ToArray();
        if (_ids.Length == 0) throw new ArgumentException("need at least one id", nameof(ids));
        _row = _ids.Select((id, row) => (id, row)).ToDictionary(p => p.id, p => p.row);
    }

    public int Count => _ids.Length;

    /// <summary>The row of <paramref name="id"/>; a clear error if it was not among the ids.</summary>
    public int RowOf(int id) => _row.TryGetValue(id, out var row) ? row
        : throw new ArgumentException($"id {id} is not in this index (it has {Count} ids, {_ids[0]}..{_ids[^1]})", nameof(id));

    public bool Contains(int id) => _row.ContainsKey(id);

    /// <summary>The id stored at <paramref name="row"/>.</summary>
    public int IdAt(int row) => row >= 0 && row < _ids.Length ? _ids[row]
        : throw new ArgumentOutOfRangeException(nameof(row), row, $"must be in 0..{Count - 1}");
}
