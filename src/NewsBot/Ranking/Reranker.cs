namespace NewsBot.Ranking;

/// <summary>
/// Re-orders a candidate pool by a <see cref="RankModel"/>: the pool sorted by s(x) descending, ties kept in the
/// pool's order. The pool's scores stay with the ranks, not the sentences (the i-th sentence after re-ordering takes
/// the i-th best fused score), so what reads a score relative to the lead's reads the same scale as before.
/// The first <c>keep</c> candidates stay where the fused order put them: held out, a model learned on the other sets
/// demoted squad2's fused first (right for 0.826 of its questions) to 0.764-0.785 by trusting the vector search more,
/// as the sets it learned from reward; kept in place, the model re-orders what follows it.
/// </summary>
public static class Reranker
{
    /// <summary>
    /// The fused order's candidates left in place by default: the composer's three lead candidates. Keeping only the
    /// first, the model trained on all four sets cost realtimeqa three answers citing gold (0.565 → 0.529) for none
    /// gained on newsdesk-dev; keeping three, one (0.553), with newsdesk-dev's support@5 the same 0.850.
    /// </summary>
    public const int DefaultKeep = 3;

    /// <summary>The pool's positions in the model's order.</summary>
    public static int[] Order(RankModel model, IReadOnlyList<float[]> features, int keep = 0)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentOutOfRangeException.ThrowIfNegative(keep);

        var kept = Math.Min(keep, features.Count);
        var scores = features.Select(f => model.Score(f)).ToArray();
        return Enumerable.Range(0, kept)
            .Concat(Enumerable.Range(kept, features.Count - kept).OrderByDescending(i => scores[i]).ThenBy(i => i))
            .ToArray();
    }
}
