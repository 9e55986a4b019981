namespace NewsBot.Embeddings;

/// <summary>
/// The most recently used query vectors, at most <c>capacity</c> of them: a question asked again (a suggested follow-up
/// clicked by many readers, a retry) skips the model, and memory stays bounded however many distinct questions arrive.
/// Least recently used entries go first. Thread-safe; a capacity of 0 caches nothing.
/// </summary>
public sealed class QueryVectorCache(int capacity)
{
    private readonly Dictionary<string, LinkedListNode<(string Query, ReadOnlyMemory<float> Vector)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Query, ReadOnlyMemory<float> Vector)> _recency = [];
    private readonly Lock _lock = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    public bool TryGet(string query, out ReadOnlyMemory<float> vector)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(query, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                vector = node.Value.Vector;
                return true;
            }
        }

        vector = default;
        return false;
    }

    public void Add(string query, ReadOnlyMemory<float> vector)
    {
        if (capacity == 0)
        {
            return;
        }

        lock (_lock)
        {
            if (_entries.Remove(query, out var existing))
            {
                _recency.Remove(existing);
            }
            else if (_entries.Count >= capacity)
            {
                _entries.Remove(_recency.Last!.Value.Query);
                _recency.RemoveLast();
            }

            _entries[query] = _recency.AddFirst((query, vector));
        }
    }
}
