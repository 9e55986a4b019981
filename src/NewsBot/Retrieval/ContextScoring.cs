namespace NewsBot.Retrieval;

/// <summary>
/// Ranks a sentence with its context: a sentence whose neighbours and article also match the question is more likely
/// to be the answer than an isolated lucky match.
/// <para>
/// score'(s) = score(s) + λn · max(score(s−1), score(s+1)) + λa · max_{t ∈ article(s), t ≠ s} score(t),
/// where score is the fused score (0 for sentences outside the candidate list), s±1 are the sentences either side in
/// the same article, λn = neighbour weight and λa = article weight.
/// </para>
/// </summary>
public static class ContextScoring
{
    public static IReadOnlyList<(string Id, double Score)> Rescore(
        IReadOnlyList<(string Id, double Score)> candidates,
        Func<string, (string ArticleId, int Ordinal)?> locate,
        double neighbourWeight,
        double articleWeight)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(locate);

        if (neighbourWeight == 0 && articleWeight == 0)
        {
            return candidates;
        }

        var byPosition = new Dictionary<(string, int), double>();
        var byArticle = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var located = new List<(string Id, double Score, string ArticleId, int Ordinal)>(candidates.Count);
        foreach (var (id, score) in candidates)
        {
            if (locate(id) is not var (articleId, ordinal))
            {
                continue;
            }

            located.Add((id, score, articleId, ordinal));
            byPosition[(articleId, ordinal)] = score;
            if (!byArticle.TryGetValue(articleId, out var scores))
            {
                byArticle[articleId] = scores = [];
            }

            scores.Add(score);
        }

        return located
            .Select(c =>
            {
                var neighbour = Math.Max(byPosition.GetValueOrDefault((c.ArticleId, c.Ordinal - 1)), byPosition.GetValueOrDefault((c.ArticleId, c.Ordinal + 1)));
                var article = SecondBestOrBest(byArticle[c.ArticleId], c.Score);
                return (c.Id, Score: c.Score + (neighbourWeight * neighbour) + (articleWeight * article));
            })
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The best score in the article other than the sentence's own (its own counted once).</summary>
    private static double SecondBestOrBest(List<double> scores, double own)
    {
        var best = 0.0;
        var skipped = false;
        foreach (var score in scores)
        {
            if (!skipped && score == own)
            {
                skipped = true;
                continue;
            }

            best = Math.Max(best, score);
        }

        return best;
    }
}
