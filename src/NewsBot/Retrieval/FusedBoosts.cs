namespace NewsBot.Retrieval;

/// <summary>
/// Boosts applied to the fused ranking, each scaled by the best fused score so it means the same whatever the
/// fusion's scale; both re-sort by the boosted score, ties by sentence id.
/// <list type="bullet">
/// <item>Dates: score' = score + w_d · E(q, s) · top score, with E the <see cref="DateEvidence"/> and
/// w_d = <see cref="RetrievalOptions.DateWeight"/>. It applies among candidates already found relevant, so a sentence
/// that only names the date (no topical match) never enters the candidates at all.</item>
/// <item>Articles: score' = score + w_a · (A(a) − A₀) / (max A − A₀) · max score for a sentence of one of the likeliest
/// articles a, with A the article's score (<see cref="ArticleSearch"/>), A₀ that of the first article outside them and
/// w_a = <see cref="RetrievalOptions.ArticleWeight"/>: among sentences that match alike, the one whose article is about
/// the question comes first, and by how far its article stands out from the rest, so that when many articles hold the
/// question's words alike (long pieces that touch on everything) none is lifted much.</item>
/// </list>
/// </summary>
internal static class FusedBoosts
{
    /// <summary>The first <paramref name="depth"/> candidates boosted by <paramref name="evidence"/> (E, or null for a sentence not found).</summary>
    public static List<(string Id, double Score)> Dates(IReadOnlyList<(string Id, double Score)> candidates, int depth, double weight, Func<string, double?> evidence)
    {
        var top = candidates.Count == 0 ? 0 : candidates[0].Score;
        return candidates
            .Take(depth)
            .Select(c => (c.Id, Score: c.Score + (evidence(c.Id) is { } e ? weight * top * e : 0)))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The candidates boosted by their article's place among <paramref name="likely"/>, whose floor A₀ is
    /// <paramref name="floor"/>; <paramref name="articleOf"/> gives a sentence id's article id.
    /// </summary>
    public static List<(string Id, double Score)> Articles(IReadOnlyList<(string Id, double Score)> candidates, IReadOnlyList<(string ArticleId, double Score)> likely, double floor, double weight, Func<string, string?> articleOf)
    {
        var span = likely.Max(a => a.Score) - floor;
        var article = likely.ToDictionary(a => a.ArticleId, a => span > 0 ? (a.Score - floor) / span : 0, StringComparer.Ordinal);
        var top = candidates.Count == 0 ? 0 : candidates.Max(c => c.Score);
        return candidates
            .Select(c => (c.Id, Score: c.Score + (articleOf(c.Id) is { } id && article.TryGetValue(id, out var share) ? weight * top * share : 0)))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
    }
}
