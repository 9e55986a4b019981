namespace NewsBot.Retrieval;

/// <summary>
/// Weighted reciprocal-rank fusion (Cormack et al., 2009):
/// <c>score(d) = Σ_r w_r / (k + rank_r(d))</c>, ranks 1-based, a ranking that misses d contributing nothing.
/// Rank-based fusion needs no calibration between BM25's unbounded scores and cosine similarities, and k (60 in the
/// paper) damps the difference between the very top ranks so that agreement between rankings counts most.
/// </summary>
public static class RankFusion
{
    public const double DefaultK = 60;

    public static IReadOnlyList<(string Id, double Score)> Fuse(IReadOnlyList<(IReadOnlyList<string> Ranking, double Weight)> rankings, double k = DefaultK)
    {
        ArgumentNullException.ThrowIfNull(rankings);
        ArgumentOutOfRangeException.ThrowIfNegative(k);

        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (ranking, weight) in rankings)
        {
            for (var i = 0; i < ranking.Count; i++)
            {
                scores[ranking[i]] = scores.GetValueOrDefault(ranking[i]) + (weight / (k + i + 1));
            }
        }

        return scores
            .OrderByDescending(s => s.Value)
            .ThenBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => (s.Key, s.Value))
            .ToList();
    }
}
