namespace NewsBot.Retrieval;

/// <summary>
/// One vector file of an <see cref="EmbeddedCoverageStore"/>: the sentence vectors of the articles one generation put.
/// Generations share it, so it is counted: the store holds one reference while its manifest names the segment, each
/// generation served holds one more, and the last to let go closes the file.
/// </summary>
internal sealed class VectorSegment(long generation, int articles, VectorIndex index)
{
    private int _references = 1;

    /// <summary>The generation that wrote it; an article's vectors here are live while that generation's put is its latest.</summary>
    public long Generation { get; } = generation;

    /// <summary>How many articles' vectors it holds, live or dead.</summary>
    public int Articles { get; } = articles;

    public VectorIndex Index { get; } = index;

    public VectorSegment Share()
    {
        Interlocked.Increment(ref _references);
        return this;
    }

    public void Release()
    {
        if (Interlocked.Decrement(ref _references) == 0)
        {
            Index.Dispose();
        }
    }
}
