namespace NewsBot.Retrieval;

/// <summary>
/// Nearest-neighbour search over the vector segments of one generation. A segment holds the vectors of the articles a
/// generation put; an article put again later, or removed, leaves its old vectors in the old segment, where they are
/// dead: a hit counts only when the segment is the one that wrote the article's current version. Each segment is
/// searched for the k best plus a margin for dead hits, and the live hits are merged by score (every segment scores
/// by the cosine).
/// </summary>
public sealed class VectorSegments : IDisposable
{
    private const int DeadMargin = 32;

    private readonly IReadOnlyList<VectorSegment> _segments;
    private readonly Func<string, long?> _liveGeneration;
    private readonly Func<long, int> _liveArticles;
    private int _disposed;

    /// <param name="segments">Segments already shared for this generation; released on dispose.</param>
    /// <param name="liveGeneration">Article id → the generation whose segment holds its current vectors; null when not served.</param>
    /// <param name="liveArticles">Generation → how many served articles have their vectors in its segment.</param>
    internal VectorSegments(IReadOnlyList<VectorSegment> segments, Func<string, long?> liveGeneration, Func<long, int> liveArticles)
    {
        _segments = segments;
        _liveGeneration = liveGeneration;
        _liveArticles = liveArticles;
    }

    public int SegmentCount => _segments.Count;

    public IReadOnlyList<VectorHit> Search(ReadOnlySpan<float> query, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);

        // A segment whose articles are all live is searched exactly as a lone index would be; one alone is the answer.
        if (_segments.Count == 1 && _liveArticles(_segments[0].Generation) == _segments[0].Articles)
        {
            return _segments[0].Index.Search(query, k);
        }

        var hits = new List<VectorHit>();
        foreach (var segment in _segments)
        {
            var allLive = _liveArticles(segment.Generation) == segment.Articles;
            foreach (var hit in segment.Index.Search(query, allLive ? k : k + DeadMargin))
            {
                var hash = hit.Id.LastIndexOf('#');
                if (allLive || (hash > 0 && _liveGeneration(hit.Id[..hash]) == segment.Generation))
                {
                    hits.Add(hit);
                }
            }
        }

        return hits.OrderByDescending(h => h.Score).ThenBy(h => h.Id, StringComparer.Ordinal).Take(k).ToList();
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            foreach (var segment in _segments)
            {
                segment.Release();
            }
        }
    }
}
