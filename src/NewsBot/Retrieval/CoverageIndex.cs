using NewsBot.Ingestion;

namespace NewsBot.Retrieval;

/// <summary>
/// One consistent, immutable view of the coverage: the corpus and its keyword index, built from the same sources.
/// <para>
/// Coverage of a sentence s for question q: C(q, s) = Σ_{t ∈ q ∩ s} idf(t) / Σ_{t ∈ q} idf(t). It tells how much of
/// what the question asks about the sentence itself mentions, independent of BM25's unbounded scale, and is the
/// evidence the composer uses to decide whether the coverage answers at all.
/// </para>
/// </summary>
public sealed class CoverageIndex(Corpus corpus, KeywordIndex keywords, string version) : IDisposable
{
    public Corpus Corpus { get; } = corpus;

    /// <summary>The content hash of the sources this index was built from.</summary>
    public string Version { get; } = version;

    public IReadOnlyList<Passage> Retrieve(string question, int count)
    {
        ArgumentNullException.ThrowIfNull(question);

        var terms = QueryTerms.Analyze(keywords.Analyzer, KeywordIndex.TextField, question);
        var hits = keywords.Search(terms, count);
        if (hits.Count == 0)
        {
            return [];
        }

        var idf = terms.ToDictionary(t => t, keywords.Idf, StringComparer.Ordinal);
        var total = idf.Values.Sum();
        var passages = new List<Passage>(hits.Count);
        foreach (var hit in hits)
        {
            if (Corpus.FindArticle(hit.ArticleId) is not { } article || Corpus.FindSentence(hit.ArticleId, hit.Ordinal) is not { } sentence)
            {
                continue;
            }

            passages.Add(new Passage { Article = article, Sentence = sentence, Score = hit.Score, Coverage = CoverageOf(sentence, idf, total) });
        }

        return passages;
    }

    public void Dispose() => keywords.Dispose();

    private double CoverageOf(Sentence sentence, Dictionary<string, double> idf, double total)
    {
        if (total <= 0)
        {
            return 0;
        }

        var sentenceTerms = QueryTerms.Analyze(keywords.Analyzer, KeywordIndex.TextField, sentence.Text);
        var matched = sentenceTerms.Where(idf.ContainsKey).Sum(t => idf[t]);
        return matched / total;
    }
}
