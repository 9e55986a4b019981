using System.Text.RegularExpressions;
using NewsBot.Ingestion;

namespace NewsBot.Ranking;

/// <summary>
/// The re-ranker's features for each sentence of a candidate pool, normalised per question so that a model learned on
/// one set reads another's alike: scores as a share of the pool's best, ranks, shares of the question's weight.
/// <list type="bullet">
/// <item>fused_ratio = f(s) / max f, fused_rank; keyword_ratio = bm25(s) / max bm25, keyword_rank; cosine, cosine_gap = max cos − cos(s), vector_rank (a rank is <see cref="Missing"/> when that search did not find it).</item>
/// <item>coverage = C(q, s); context_coverage = Σ_{t ∈ q ∩ (s ∪ ctx)} w_t / Σ w_t with ctx the headline and neighbours;
/// article_coverage the same over the union of s, ctx and every pool sentence of its article and their contexts.</item>
/// <item>names_sentence / names_context: share of the question's name terms held by s / s ∪ ctx (−1 when it names none).</item>
/// <item>date_match; value_held: 1 when a when/how-many question meets a sentence with a figure or a month or weekday, −1 when it does not, 0 when none is asked.</item>
/// <item>position = ordinal / sentences in the article, ordinal (capped), length in characters (capped), role.</item>
/// <item>article_count: pool sentences of its article; article_rank: its article's place among the pool's articles by their best fused score; article_share: Σ f over the article's pool sentences / the greatest such sum.</item>
/// </list>
/// Nothing here marks the set rather than the answer (no question length, no corpus size).
/// </summary>
public static partial class RankFeatures
{
    /// <summary>The rank given to a sentence a search did not find.</summary>
    public const int Missing = 200;

    private static readonly string[] All =
    [
        "fused_ratio", "fused_rank", "keyword_ratio", "keyword_rank", "cosine", "cosine_gap", "vector_rank",
        "coverage", "context_coverage", "article_coverage", "names_sentence", "names_context", "date_match", "value_held",
        "position", "ordinal", "length", "role", "article_count", "article_rank", "article_share",
    ];

    public static IReadOnlyList<string> Names => All;

    public static int IndexOf(string name) => Column(name) is var i and >= 0 ? i : throw new ArgumentException($"No rank feature is named {name}.", nameof(name));

    /// <summary>Where the feature named <paramref name="name"/> sits in a vector, or -1 when none is named so.</summary>
    public static int Column(string name) => Array.IndexOf(All, name);

    /// <summary>One vector of <see cref="Names"/> per candidate, in the pool's order.</summary>
    public static float[][] Of(RankQuestion question, IReadOnlyList<RankCandidate> pool)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(pool);

        if (pool.Count == 0)
        {
            return [];
        }

        var total = question.Weights.Values.Sum();
        var bestFused = Math.Max(pool.Max(c => c.Passage.Score), double.Epsilon);
        var bestKeyword = Math.Max(pool.Max(c => c.Keyword), double.Epsilon);
        var bestCosine = pool.Max(c => c.Passage.Similarity);
        var articles = pool
            .Select((c, i) => (c, i))
            .GroupBy(x => x.c.Passage.Article.Id, StringComparer.Ordinal)
            .Select(g => (Id: g.Key, Count: g.Count(), First: g.Min(x => x.i), Sum: g.Sum(x => x.c.Passage.Score), Coverage: Share(question.Weights, total, ArticleTerms(g.Select(x => x.c)).Contains)))
            .OrderBy(a => a.First)
            .Select((a, rank) => (a.Id, a.Count, Rank: rank, a.Sum, a.Coverage))
            .ToDictionary(a => a.Id, StringComparer.Ordinal);
        var bestSum = Math.Max(articles.Values.Max(a => a.Sum), double.Epsilon);

        var rows = new float[pool.Count][];
        for (var i = 0; i < pool.Count; i++)
        {
            var c = pool[i];
            var article = articles[c.Passage.Article.Id];
            var sentences = Math.Max(c.Passage.Article.Sentences.Count, 1);
            rows[i] =
            [
                (float)(c.Passage.Score / bestFused),
                i,
                (float)(c.Keyword / bestKeyword),
                c.KeywordRank < 0 ? Missing : Math.Min(c.KeywordRank, Missing),
                (float)c.Passage.Similarity,
                (float)(bestCosine - c.Passage.Similarity),
                c.VectorRank < 0 ? Missing : Math.Min(c.VectorRank, Missing),
                (float)c.Passage.Coverage,
                Share(question.Weights, total, c.HoldsInContext),
                article.Coverage,
                NameShare(question.Names, c.SentenceTerms.Contains),
                NameShare(question.Names, c.HoldsInContext),
                (float)c.Passage.DateMatch,
                !question.AsksValue ? 0 : HoldsValue(c.Passage.Sentence.Text) ? 1 : -1,
                (float)c.Passage.Sentence.Ordinal / sentences,
                Math.Min(c.Passage.Sentence.Ordinal, 60),
                Math.Min(c.Passage.Sentence.Length, 1000),
                (float)c.Passage.Sentence.Role,
                article.Count,
                article.Rank,
                (float)(article.Sum / bestSum),
            ];
        }

        return rows;
    }

    /// <summary>Whether <paramref name="question"/> asks for a date or a figure.</summary>
    public static bool AsksValue(string question)
    {
        ArgumentNullException.ThrowIfNull(question);

        return ValueQuestion().IsMatch(question);
    }

    /// <summary>A figure, a month or a weekday in the sentence.</summary>
    public static bool HoldsValue(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);

        return sentence.Any(char.IsAsciiDigit) || CalendarWord().IsMatch(sentence);
    }

    /// <summary>
    /// The terms of an article's pool sentences and their contexts: each set read once, however many candidates share it
    /// (the headline's, a sentence's that is both a candidate and a neighbour).
    /// </summary>
    private static HashSet<string> ArticleTerms(IEnumerable<RankCandidate> candidates)
    {
        var read = new HashSet<IReadOnlySet<string>>(ReferenceEqualityComparer.Instance);
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            if (read.Add(candidate.SentenceTerms))
            {
                terms.UnionWith(candidate.SentenceTerms);
            }

            foreach (var part in candidate.Context)
            {
                if (read.Add(part))
                {
                    terms.UnionWith(part);
                }
            }
        }

        return terms;
    }

    private static float Share(IReadOnlyDictionary<string, double> weights, double total, Func<string, bool> holds) =>
        total <= 0 ? 0 : (float)(weights.Where(w => holds(w.Key)).Sum(w => w.Value) / total);

    private static float NameShare(IReadOnlySet<string> names, Func<string, bool> holds) =>
        names.Count == 0 ? -1 : (float)names.Count(holds) / names.Count;

    [GeneratedRegex(@"\b(when|how (many|much|long|old|far|big|large)|what (year|date|day|month|time|percentage|share)|which (year|day|month|date))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ValueQuestion();

    [GeneratedRegex(@"\b(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tomorrow)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CalendarWord();
}
