namespace NewsBot.Retrieval;

/// <summary>
/// Weighted fusion of normalised scores:
/// <c>score(d) = w_k · bm25(d) / max bm25 + w_v · (cos(d) − c₀) / (max cos − c₀)</c>, where a document missing from
/// a ranking takes that ranking's floor (0 for BM25, c₀ = the lowest cosine read for vectors). Unlike rank fusion it
/// keeps how far ahead the best match is, which matters when one sentence is clearly the answer.
/// </summary>
public static class ScoreFusion
{
    public static IReadOnlyList<(string Id, double Score)> Fuse(
        IReadOnlyList<(string Id, double Score)> keyword,
        IReadOnlyList<(string Id, double Score)> vector,
        double keywordWeight,
        double vectorWeight)
    {
        ArgumentNullException.ThrowIfNull(keyword);
        ArgumentNullException.ThrowIfNull(vector);

        var keywordMax = keyword.Count == 0 ? 1 : Math.Max(keyword.Max(k => k.Score), double.Epsilon);
        var vectorFloor = vector.Count == 0 ? 0 : vector.Min(v => v.Score);
        var vectorSpan = vector.Count == 0 ? 1 : Math.Max(vector.Max(v => v.Score) - vectorFloor, double.Epsilon);
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (id, score) in keyword)
        {
            scores[id] = keywordWeight * score / keywordMax;
        }

        foreach (var (id, score) in vector)
        {
            scores[id] = scores.GetValueOrDefault(id) + (vectorWeight * (score - vectorFloor) / vectorSpan);
        }

        return scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Select(s => (s.Key, s.Value)).ToList();
    }
}
