using Lucene.Net.Index;

namespace NewsBot.Retrieval;

/// <summary>
/// How the writer that applies changes merges segments. A question's cost grows with the number of segments, not only
/// their size: every query term is looked up in every segment's term dictionary, at a fixed cost each (measured at 10k
/// articles: 11 segments after 43 changes answered at three times the latency of the build's 4). Each change commits
/// one small segment, so the segments under <see cref="DeltaMB"/> are merged into one as soon as there are two (the
/// "delta", rewritten at a cost that stays under a few megabytes); larger segments (the build's, a replica's batches,
/// a delta that grew past the limit) are left to Lucene's tiered policy with <see cref="Tier"/> segments a tier, fewer
/// than its default ten, so a long stream of changes or a bootstrap by batches ends with a handful of segments instead
/// of dozens.
/// </summary>
internal sealed class ChangeMergePolicy : TieredMergePolicy
{
    /// <summary>By default, segments smaller than this are merged into one delta whenever there are two.</summary>
    internal const double DeltaMB = 4;

    /// <summary>Segments of about the same size the tiered policy allows before merging them.</summary>
    internal const int Tier = 4;

    private static long _scheduledBytes;

    private readonly long _deltaBytes;

    /// <param name="deltaMB">Segments smaller than this are merged into one delta whenever there are two.</param>
    public ChangeMergePolicy(double deltaMB = DeltaMB)
    {
        _deltaBytes = (long)(deltaMB * 1024 * 1024);
        SegmentsPerTier = Tier;
        MaxMergeAtOnce = Tier;
    }

    /// <summary>Bytes of the segments every change writer in this process has chosen to merge: what <c>bench</c> prints per phase.</summary>
    internal static long ScheduledBytes => Interlocked.Read(ref _scheduledBytes);

    public override MergeSpecification? FindMerges(MergeTrigger mergeTrigger, SegmentInfos segmentInfos)
    {
        var merges = Find(mergeTrigger, segmentInfos);
        foreach (var merge in merges?.Merges ?? [])
        {
            Interlocked.Add(ref _scheduledBytes, merge.Segments.Sum(s => s.GetSizeInBytes()));
        }

        return merges;
    }

    private MergeSpecification? Find(MergeTrigger mergeTrigger, SegmentInfos segmentInfos)
    {
        ArgumentNullException.ThrowIfNull(segmentInfos);

        var merging = m_writer.Get().MergingSegments;
        var small = segmentInfos.Segments
            .Where(s => !merging.Contains(s) && Size(s) < _deltaBytes)
            .ToList();
        if (small.Count >= 2)
        {
            var delta = new MergeSpecification();
            delta.Add(new OneMerge(small));
            return delta;
        }

        return base.FindMerges(mergeTrigger, segmentInfos);
    }

    /// <summary>
    /// Waits for the merge into the delta that a change's commit started, and commits it under the same generation
    /// (the commit data carries over), so the generation published holds one small segment beside the large ones
    /// instead of two. Only a merge of small segments is waited for (tens of milliseconds); while a
    /// larger one runs, it is left to finish in the background and the next commit takes it.
    /// </summary>
    internal static void CommitDelta(IndexWriter writer)
    {
        // The writer guards its set of merging segments with its own monitor, as Lucene's merge policies read it.
        long[] merging;
        lock (writer)
        {
            merging = writer.MergingSegments.Select(s => s.GetSizeInBytes()).ToArray();
        }

        if (merging.Any(size => size >= DeltaMB * 1024 * 1024))
        {
            return;
        }

        // The delta's merge may also have finished already, uncommitted: waiting then returns at once.
        writer.WaitForMerges();
        if (writer.HasUncommittedChanges())
        {
            writer.Commit();
        }
    }
}
