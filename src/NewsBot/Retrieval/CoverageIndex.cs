using NewsBot.Dates;
using NewsBot.Embeddings;
using NewsBot.Ingestion;
using NewsBot.Names;
using NewsBot.Ranking;

namespace NewsBot.Retrieval;

/// <summary>
/// One consistent, immutable view of the coverage: the corpus, its keyword index and (when embeddings are on) its
/// vector index, built from the same sources. Retrieval reads both rankings <see cref="RetrievalOptions.Depth"/> deep
/// and fuses them by rank (<see cref="RankFusion"/>); each sentence found carries its coverage of the question
/// (<see cref="QuestionCoverage"/>).
/// <para>
/// Readers hold the index through a <see cref="CoverageLease"/>; the library that serves it holds one reference
/// itself. When a reload swaps in a newer index, the library drops its reference, and the index is disposed by
/// whoever releases the last one, so a query running across the swap finishes on the index it started with.
/// </para>
/// </summary>
public sealed class CoverageIndex(
    Corpus corpus,
    KeywordIndex keywords,
    VectorSegments? vectors,
    SentenceEmbedder? embedder,
    RetrievalOptions options,
    string version,
    long generation = 0,
    IReadOnlyDictionary<string, string>? articleHashes = null) : IDisposable
{
    private int _references = 1;

    public Corpus Corpus { get; } = corpus;

    /// <summary>The content hash of the sources (and the model) this index was built from.</summary>
    public string Version { get; } = version;

    /// <summary>The generation its store published it as; each apply publishes a greater one.</summary>
    public long Generation { get; } = generation;

    /// <summary>Article id → the content hash it was applied with (<see cref="CoverageChange.ContentHash"/>).</summary>
    public IReadOnlyDictionary<string, string> ArticleHashes { get; } = articleHashes ?? new Dictionary<string, string>(StringComparer.Ordinal);

    public bool IsHybrid => vectors is not null && embedder is not null;

    /// <summary>The vector segments searched, when embeddings are on.</summary>
    internal VectorSegments? Vectors => vectors;

    public Task<IReadOnlyList<Passage>> RetrieveAsync(string question, int count, CancellationToken cancellationToken = default) =>
        RetrieveAsync(question, null, count, cancellationToken);

    /// <summary>
    /// The top <paramref name="count"/> sentences for <paramref name="question"/>, read against
    /// <paramref name="background"/>: what it refers back to (the subject one part of a two-part question shares with the
    /// other). Background words are embedded with the question and searched at <see cref="KeywordIndex.BackgroundBoost"/>
    /// times the weight of the words it asks; in coverage they count at that weight too, and as held when the sentence's
    /// context holds them, so a sentence answering the ask under a headline naming the subject covers the question.
    /// With <see cref="RetrievalOptions.Reranker"/> on, the first <see cref="RetrievalOptions.RerankDepth"/> fused
    /// candidates of a hybrid index are re-ordered by the learned model (<see cref="Reranker"/>) before the first
    /// <paramref name="count"/> are taken.
    /// </summary>
    public async Task<IReadOnlyList<Passage>> RetrieveAsync(string question, string? background, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);

        // The model learned from hybrid pools; without vectors every cosine is 0, which it never saw, so the fused order stands.
        var model = options.Reranker && IsHybrid ? RankModel.For(options.RerankerModelPath) : null;
        if (model is null)
        {
            return (await SearchAsync(question, background, count, features: false, cancellationToken).ConfigureAwait(false)).Passages;
        }

        // Only the first RerankDepth are re-ordered, as the model learned from pools that deep; any deeper candidates a
        // caller asks for follow in the fused order.
        var pool = await SearchAsync(question, background, Math.Max(count, options.RerankDepth), features: true, cancellationToken).ConfigureAwait(false);
        var reordered = Math.Min(options.RerankDepth, pool.Passages.Count);
        var order = Reranker.Order(model, pool.Features.Take(reordered).ToList(), options.RerankKeep)
            .Concat(Enumerable.Range(reordered, pool.Passages.Count - reordered));
        return order.Take(count).Select((p, i) => pool.Passages[p] with { Score = pool.Passages[i].Score }).ToList();
    }

    /// <summary>
    /// The first <paramref name="size"/> candidates in the fused order (never re-ranked) with the re-ranker's features of
    /// each (<see cref="RankFeatures"/>): what <c>eval --rank-features</c> writes and the re-ranker reads.
    /// </summary>
    public Task<CandidatePool> RankPoolAsync(string question, string? background, int size, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);

        return SearchAsync(question, background, size, features: true, cancellationToken);
    }

    private async Task<CandidatePool> SearchAsync(string question, string? background, int count, bool features, CancellationToken cancellationToken)
    {
        // The question is embedded on the model's own thread and its vector search runs on the pool while the keyword
        // search runs on this one.
        var depth = Math.Max(count, options.Depth);
        var vectorSearch = IsHybrid ? SearchVectorsAsync(VectorQuery(question, background), depth, cancellationToken) : null;
        var dates = DateEvidence.InQuestion(question);
        var asked = new QuestionCoverage(keywords, options, question, background);
        var ((terms, dayWords), names) = (SearchedTerms(asked.Terms, question, dates), asked.Names);
        var backgroundTerms = dayWords.Count == 0 ? asked.BackgroundTerms : [.. asked.BackgroundTerms, .. dayWords];
        IReadOnlyList<KeywordHit> keywordHits;
        try
        {
            keywordHits = keywords.Search(terms, IsHybrid ? depth : count, options.CommonTermDocs, names, DateTerms.OfQuestion(dates), backgroundTerms, helpersAfter: vectorSearch);
        }
        catch when (vectorSearch is not null)
        {
            // The vector search reads this index too: it finishes before the caller may release the index.
            await ((Task)vectorSearch).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }

        var ranking = options.ArticlePool > 0 ? LikelyArticles(terms, backgroundTerms, names, options.ArticlePool + 1) : [];
        var likely = ranking.Take(options.ArticlePool).ToList();
        if (likely.Count > 0)
        {
            var within = keywords.Search(terms, depth, options.CommonTermDocs, names, DateTerms.OfQuestion(dates), backgroundTerms, likely.Select(a => a.ArticleId).ToList());
            // Their scores are the ones the search over every article gives (the same query); the sort is stable, so
            // sentences found either way keep their order.
            keywordHits = keywordHits.Concat(within)
                .DistinctBy(h => (h.ArticleId, h.Ordinal))
                .OrderByDescending(h => h.Score)
                .ToList();
        }

        // Each keyword hit's sentence id, formatted once for the fusion, the keyword-only order and the features.
        var keywordIds = keywordHits.Select(h => Sentence.FormatId(h.ArticleId, h.Ordinal)).ToList();
        IReadOnlyList<(string Id, double Score)> ranked;
        var vectorRanks = new Dictionary<string, int>(StringComparer.Ordinal);
        var similarity = new Dictionary<string, double>(StringComparer.Ordinal);
        if (IsHybrid)
        {
            var vectorHits = await vectorSearch!.ConfigureAwait(false);
            foreach (var (hit, rank) in vectorHits.Select((h, r) => (h, r)))
            {
                similarity[hit.Id] = hit.Score;
                vectorRanks.TryAdd(hit.Id, rank);
            }

            var vectorRanking = vectorHits.Select(h => h.Id).ToList();
            ranked = options.Fusion == FusionMethod.Score
                ? ScoreFusion.Fuse(
                    keywordHits.Select((h, i) => (keywordIds[i], (double)h.Score)).ToList(),
                    vectorHits.Select(h => (h.Id, (double)h.Score)).ToList(),
                    options.KeywordWeight,
                    options.VectorWeight)
                : RankFusion.Fuse([(keywordIds, options.KeywordWeight), (vectorRanking, options.VectorWeight)], options.FusionK);
            if (dates.Count > 0)
            {
                ranked = FusedBoosts.Dates(ranked, options.Depth, options.DateWeight, id => Find(id) is var (article, sentence) ? DateEvidence.Score(dates, article, sentence) : null);
            }
        }
        else
        {
            ranked = keywordHits.Select((h, i) => (keywordIds[i], (double)h.Score)).ToList();
        }

        if (likely.Count > 0 && options.ArticleWeight > 0)
        {
            ranked = FusedBoosts.Articles(ranked, likely, ranking.Count > likely.Count ? ranking[^1].Score : 0, options.ArticleWeight, id => Locate(id)?.ArticleId);
        }

        var passages = new List<Passage>(Math.Min(count, ranked.Count));
        var pool = features ? new RankPoolBuilder(keywords.Analyzer, keywordHits, keywordIds, vectorRanks, passages.Capacity) : null;
        foreach (var (id, score) in ranked.Take(count))
        {
            if (Find(id) is not var (article, sentence))
            {
                continue;
            }

            var sentenceTerms = pool is null ? RankPoolBuilder.Terms(keywords.Analyzer, sentence.Text) : pool.Analysed(sentence);
            var passage = new Passage
            {
                Article = article,
                Sentence = sentence,
                Score = score,
                Coverage = asked.Of(article, sentence, sentenceTerms),
                Similarity = similarity.GetValueOrDefault(id),
                DateMatch = DateEvidence.Score(dates, article, sentence),
            };
            passages.Add(passage);
            pool?.Add(id, passage, sentenceTerms);
        }

        return new CandidatePool { Passages = passages, Features = pool is null ? [] : pool.Features(question, asked.Idf, asked.BackgroundIdf) };
    }

    /// <summary>
    /// The question's terms less the words of each day it names (<see cref="DateTerms.WithoutDays"/>), and those words:
    /// the date field finds the day however a sentence writes it, so its words are searched at the weight of background
    /// (<see cref="KeywordIndex.BackgroundBoost"/>), not of what is asked. A sentence that writes "4 March" and nothing
    /// else asked then no longer outranks one that says "on Friday" of that day, yet a question whose only words in the
    /// coverage are its day still finds the sentences that write it. The coverage counts them as asked, as a sentence
    /// that writes the day holds them. A question of nothing but its day ("December 17?") searches its words as asked.
    /// </summary>
    private (IReadOnlyList<string> Terms, IReadOnlyList<string> DayWords) SearchedTerms(IReadOnlyList<string> terms, string question, IReadOnlyList<DateMention> dates)
    {
        if (DateTerms.OfQuestion(dates).Count == 0)
        {
            return (terms, []);
        }

        var kept = QueryTerms.Analyze(keywords.Analyzer, KeywordIndex.TextField, DateTerms.WithoutDays(question, dates)).ToHashSet(StringComparer.Ordinal);
        return terms.Any(kept.Contains) ? (terms.Where(kept.Contains).ToList(), terms.Where(t => !kept.Contains(t)).ToList()) : (terms, []);
    }

    /// <summary>
    /// The text of the first <paramref name="count"/> sentences, in index order, that hold <paramref name="word"/>
    /// (analysed as the index analyses it; a word it splits, such as a hyphenated one, finds none): how the coverage
    /// writes a word.
    /// </summary>
    public IEnumerable<string> SentencesHolding(string word, int count)
    {
        ArgumentNullException.ThrowIfNull(word);

        return QueryTerms.Analyze(keywords.Analyzer, KeywordIndex.TextField, word) is [var term]
            ? keywords.SentencesWith(term, count).Select(h => Corpus.FindSentence(h.ArticleId, h.Ordinal)?.Text).OfType<string>()
            : [];
    }

    /// <summary>The <paramref name="count"/> likeliest articles for <paramref name="question"/>, scored as wholes (<see cref="ArticleSearch"/>).</summary>
    public IReadOnlyList<(string ArticleId, double Score)> RankArticles(string question, int count)
    {
        ArgumentNullException.ThrowIfNull(question);

        var asked = new QuestionCoverage(keywords, options, question, background: null);
        return LikelyArticles(asked.Terms, [], asked.Names, count);
    }

    /// <summary>
    /// What the vector search embeds: the question, with its background and the names of what either calls by a capital
    /// or stand-in (<see cref="NameCatalog.NamesOfStandIns"/>: "Portugal" for "Lisbon", "Nato" for "the alliance") in
    /// brackets. The keyword search finds those names through the question's other forms; the embedding model knows a
    /// capital as a city and "the alliance" as any alliance, and the sentences that answer mostly write the name.
    /// </summary>
    internal static string VectorQuery(string question, string? background)
    {
        background = background?.Trim() ?? string.Empty;
        var names = NameCatalog.Default.NamesOfStandIns(question).Concat(NameCatalog.Default.NamesOfStandIns(background)).Distinct(StringComparer.Ordinal);
        var added = string.Join(", ", names.Prepend(background).Where(s => s.Length > 0));
        return added.Length == 0 ? question : $"{question} ({added})";
    }

    private async Task<IReadOnlyList<VectorHit>> SearchVectorsAsync(string question, int depth, CancellationToken cancellationToken)
    {
        var query = await embedder!.EmbedQueryAsync(question, cancellationToken).ConfigureAwait(false);
        return await Task.Run(() => vectors!.Search(query.Span, depth), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>True once the last reference is gone and the index files are closed.</summary>
    public bool IsDisposed => Volatile.Read(ref _references) == 0;

    /// <summary>Closes the index files now, whoever still reads them; the library uses <see cref="Release"/> instead.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _references, 0) > 0)
        {
            Close();
        }
    }

    /// <summary>Adds a reference unless the index is already disposed.</summary>
    internal bool TryAddReference()
    {
        for (var count = Volatile.Read(ref _references); count > 0; count = Volatile.Read(ref _references))
        {
            if (Interlocked.CompareExchange(ref _references, count + 1, count) == count)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Drops a reference; the last one out disposes. Returns true when this call disposed the index.</summary>
    internal bool Release()
    {
        if (Interlocked.Decrement(ref _references) != 0)
        {
            return false;
        }

        Close();
        return true;
    }

    /// <summary>Told once the files are closed, so the store that issued the index may delete them.</summary>
    internal Action<CoverageIndex>? Closed { get; set; }

    private void Close()
    {
        keywords.Dispose();
        vectors?.Dispose();
        Closed?.Invoke(this);
    }

    /// <summary>
    /// The <see cref="RetrievalOptions.ArticlePool"/> likeliest articles for the question's words (each at weight 1),
    /// its background (at <see cref="KeywordIndex.BackgroundBoost"/>) and the other forms of its names (at their boost),
    /// and the first article after them.
    /// </summary>
    private IReadOnlyList<(string ArticleId, double Score)> LikelyArticles(IReadOnlyList<string> terms, IReadOnlyList<string> background, IReadOnlyList<NameExpansion> names, int count)
    {
        var weighted = terms.Select(t => (t, 1.0))
            .Concat(background.Select(t => (t, (double)KeywordIndex.BackgroundBoost)))
            .Concat(names.Where(n => n.Finds).SelectMany(n => n.Alternatives.Where(a => a.Terms.Count == 1).Select(a => (a.Terms[0], (double)n.Boost))))
            .DistinctBy(t => t.Item1, StringComparer.Ordinal)
            .ToList();
        return keywords.RankArticles(weighted, count, options.CommonTermDocs);
    }

    private static (string ArticleId, int Ordinal)? Locate(string sentenceId)
    {
        var hash = sentenceId.LastIndexOf('#');
        return hash >= 0 && int.TryParse(sentenceId.AsSpan(hash + 1), System.Globalization.CultureInfo.InvariantCulture, out var ordinal)
            ? (sentenceId[..hash], ordinal)
            : null;
    }

    private (Article, Sentence)? Find(string sentenceId)
    {
        if (Locate(sentenceId) is not var (articleId, ordinal))
        {
            return null;
        }

        return Corpus.FindArticle(articleId) is { } article && Corpus.FindSentence(articleId, ordinal) is { } sentence ? (article, sentence) : null;
    }
}
