namespace Curriculum.Native;

/// <summary>
/// A fixed-size queue of native pointers waiting to be freed: each <see cref="Add"/> hands back the pointer added
/// <see cref="Capacity"/> additions earlier (or <see cref="IntPtr.Zero"/> while the queue fills), which the caller then
/// frees. Thread-safe: the .NET finalizer thread and the main thread both add. Used by <see cref="ScalarFreeDelay"/>.
/// </summary>
public sealed class DelayedFrees
{
    private readonly IntPtr[] _slots;
    private readonly object _gate = new();
    private long _added;

    /// <param name="capacity">How many pointers stay unfreed; at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is below 1.</exception>
    public DelayedFrees(int capacity)
    {
        if (capacity < 1) throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "capacity must be at least 1");
        _slots = new IntPtr[capacity];
    }

    /// <summary>How many pointers are held before the oldest is handed back.</summary>
    public int Capacity => _slots.Length;

    /// <summary>How many pointers were added so far.</summary>
    public long Added => Interlocked.Read(ref _added);

    /// <summary>How many are held now (never freed yet).</summary>
    public int Held => (int)Math.Min(Added, Capacity);

    /// <summary>Queues <paramref name="pointer"/> and returns the one it displaces, to be freed now (zero while filling).</summary>
    /// <exception cref="ArgumentException"><paramref name="pointer"/> is zero: nothing to free.</exception>
    public IntPtr Add(IntPtr pointer)
    {
        if (pointer == IntPtr.Zero) throw new ArgumentException("pointer must not be zero", nameof(pointer));
        lock (_gate)
        {
            var slot = (int)(_added % _slots.Length);
            var displaced = _slots[slot];
            _slots[slot] = pointer;
            _added++;
            return displaced;
        }
    }
}
