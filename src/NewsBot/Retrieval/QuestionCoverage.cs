using NewsBot.Ingestion;

namespace NewsBot.Retrieval;

/// <summary>
/// A question's analysed terms, those of its background (what it refers back to) and the other forms of its names and
/// words, weighed by the index's idf, and how much of them a sentence covers.
/// <para>
/// Coverage of a sentence s for question q: C(q, s) = Σ_{t ∈ q ∩ s} idf(t) / Σ_{t ∈ q} idf(t). It tells how much of
/// what the question asks about the sentence itself mentions, independent of BM25's unbounded scale, and is evidence
/// the composer uses to decide whether the coverage answers at all. A name's or word's terms count as present, at the
/// expansion's <see cref="NameExpansion.Credit"/>, when the sentence holds another form of it or a synonym
/// (<see cref="NameExpansion"/>, <see cref="WordExpansion"/>). Background terms weigh
/// <see cref="KeywordIndex.BackgroundBoost"/> · idf(t) in the denominator and count as held when the sentence or its
/// context (<see cref="KeywordIndex.Context"/>) holds them.
/// </para>
/// </summary>
internal sealed class QuestionCoverage
{
    private readonly KeywordIndex _keywords;
    private readonly double _total;

    public QuestionCoverage(KeywordIndex keywords, RetrievalOptions options, string question, string? background)
    {
        _keywords = keywords;
        Terms = QueryTerms.Analyze(keywords.Analyzer, KeywordIndex.TextField, question);
        BackgroundTerms = string.IsNullOrWhiteSpace(background) ? [] : QueryTerms.Analyze(keywords.Analyzer, KeywordIndex.TextField, background).Except(Terms, StringComparer.Ordinal).ToList();
        Names = NameExpansion.Of(keywords.Analyzer, question).Concat(NameExpansion.OfRoles(keywords.Analyzer, question)).Concat(NameExpansion.OfSpellings(keywords, question)).Concat(WordExpansion.Of(keywords.Analyzer, question, options)).ToList();
        Idf = Terms.ToDictionary(t => t, keywords.Idf, StringComparer.Ordinal);
        BackgroundIdf = BackgroundTerms.ToDictionary(t => t, t => KeywordIndex.BackgroundBoost * keywords.Idf(t), StringComparer.Ordinal);
        _total = Idf.Values.Sum() + BackgroundIdf.Values.Sum();
    }

    public IReadOnlyList<string> Terms { get; }

    /// <summary>The background's terms the question does not write itself.</summary>
    public IReadOnlyList<string> BackgroundTerms { get; }

    public IReadOnlyList<NameExpansion> Names { get; }

    /// <summary>Each question term's weight, idf(t).</summary>
    public Dictionary<string, double> Idf { get; }

    /// <summary>Each background term's weight, <see cref="KeywordIndex.BackgroundBoost"/> · idf(t).</summary>
    public Dictionary<string, double> BackgroundIdf { get; }

    /// <summary>The sentence's own coverage (over <paramref name="sentenceTerms"/>, its analysed terms) plus the background's share it or its context holds.</summary>
    public double Of(Article article, Sentence sentence, HashSet<string> sentenceTerms) =>
        Own(sentenceTerms) + Background(article, sentence, sentenceTerms);

    /// <summary>C(q, s) above, with the other forms of the question's names and words.</summary>
    /// <remarks>Read for every candidate sentence, so it loops without allocating unless an alternative is held.</remarks>
    private double Own(HashSet<string> sentenceTerms)
    {
        if (_total <= 0)
        {
            return 0;
        }

        Dictionary<string, double>? held = null;
        foreach (var expansion in Names)
        {
            if (expansion.Credit <= 0 || HoldsAll(expansion.Terms, sentenceTerms) || !HoldsAny(expansion.Alternatives, sentenceTerms))
            {
                continue;
            }

            held ??= new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var term in expansion.Terms)
            {
                held[term] = Math.Max(held.GetValueOrDefault(term), expansion.Credit);
            }
        }

        var matched = 0.0;
        foreach (var (term, idf) in Idf)
        {
            matched += idf * (sentenceTerms.Contains(term) ? 1 : held?.GetValueOrDefault(term) ?? 0);
        }

        return matched / _total;
    }

    private static bool HoldsAny(IReadOnlyList<NameAlternative> alternatives, HashSet<string> sentenceTerms)
    {
        foreach (var alternative in alternatives)
        {
            if (HoldsAll(alternative.Terms, sentenceTerms))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HoldsAll(IReadOnlyList<string> terms, HashSet<string> sentenceTerms)
    {
        foreach (var term in terms)
        {
            if (!sentenceTerms.Contains(term))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The background's share of the question's weight, where the sentence or its context holds it.</summary>
    private double Background(Article article, Sentence sentence, HashSet<string> sentenceTerms)
    {
        if (BackgroundIdf.Count == 0 || _total <= 0)
        {
            return 0;
        }

        // The sentence is analysed already; only its context is read here.
        var context = QueryTerms.Analyze(_keywords.Analyzer, KeywordIndex.TextField, KeywordIndex.Context(article, sentence)).ToHashSet(StringComparer.Ordinal);
        return BackgroundIdf.Where(t => sentenceTerms.Contains(t.Key) || context.Contains(t.Key)).Sum(t => t.Value) / _total;
    }
}
