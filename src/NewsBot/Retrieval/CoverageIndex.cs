using NewsBot.Dates;
using NewsBot.Embeddings;
using NewsBot.Ingestion;
using NewsBot.Ranking;

namespace NewsBot.Retrieval;

/// <summary>
/// One consistent, immutable view of the coverage: the corpus, its keyword index and (when embeddings are on) its
/// vector index, built from the same sources. Retrieval reads both rankings <see cref="RetrievalOptions.Depth"/> deep
/// and fuses them by rank (<see cref="RankFusion"/>).
/// <para>
/// Coverage of a sentence s for question q: C(q, s) = Σ_{t ∈ q ∩ s} idf(t) / Σ_{t ∈ q} idf(t). It tells how much of
/// what the question asks about the sentence itself mentions, independent of BM25's unbounded scale, and is evidence
/// the composer uses to decide whether the coverage answers at all.
/// </para>
/// </summary>
/// <para>
/// Readers hold the index through a <see cref="CoverageLease"/>; the library that serves it holds one reference
/// itself. When a reload swaps in a newer index, the library drops its reference, and the index is disposed by
/// whoever releases the last one, so a query running across the swap finishes on the index it started with.
/// </para>
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
        var vectorSearch = IsHybrid ? SearchVectorsAsync(string.IsNullOrWhiteSpace(background) ? question : $"{question} ({background})", depth, cancellationToken) : null;
        var terms = QueryTerms.Analyze(keywords.Analyzer, KeywordIndex.TextField, question);
        var backgroundTerms = string.IsNullOrWhiteSpace(background) ? [] : QueryTerms.Analyze(keywords.Analyzer, KeywordIndex.TextField, background).Except(terms, StringComparer.Ordinal).ToList();
        var dates = DateEvidence.InQuestion(question);
        var names = NameExpansion.Of(keywords.Analyzer, question).Concat(WordExpansion.Of(keywords.Analyzer, question, options)).ToList();
        IReadOnlyList<KeywordHit> keywordHits;
        try
        {
            keywordHits = keywords.Search(terms, IsHybrid ? depth : count, options.CommonTermDocs, names, DateTerms.OfQuestion(dates), backgroundTerms);
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

        var idf = terms.ToDictionary(t => t, keywords.Idf, StringComparer.Ordinal);
        var backgroundIdf = backgroundTerms.ToDictionary(t => t, t => KeywordIndex.BackgroundBoost * keywords.Idf(t), StringComparer.Ordinal);
        var total = idf.Values.Sum() + backgroundIdf.Values.Sum();

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
                ranked = BoostDates(dates, ranked);
            }
        }
        else
        {
            ranked = keywordHits.Select((h, i) => (keywordIds[i], (double)h.Score)).ToList();
        }

        if (likely.Count > 0 && options.ArticleWeight > 0)
        {
            ranked = BoostArticles(likely, ranking.Count > likely.Count ? ranking[^1].Score : 0, ranked);
        }

        var passages = new List<Passage>(Math.Min(count, ranked.Count));
        var candidates = features ? new List<RankCandidate>(passages.Capacity) : null;
        var analysed = features ? new Dictionary<string, HashSet<string>>(StringComparer.Ordinal) : null;
        var keywordRanks = features ? keywordHits.Select((h, r) => (Id: keywordIds[r], h.Score, Rank: r)).DistinctBy(x => x.Id).ToDictionary(x => x.Id, x => (x.Score, x.Rank), StringComparer.Ordinal) : null;
        foreach (var (id, score) in ranked.Take(count))
        {
            if (Find(id) is not var (article, sentence))
            {
                continue;
            }

            var sentenceTerms = analysed is null ? Terms(sentence.Text) : Analysed(analysed, sentence);
            var own = CoverageOf(sentenceTerms, idf, total, names);
            var passage = new Passage
            {
                Article = article,
                Sentence = sentence,
                Score = score,
                Coverage = own + BackgroundOf(article, sentence, backgroundIdf, total),
                Similarity = similarity.GetValueOrDefault(id),
                DateMatch = DateEvidence.Score(dates, article, sentence),
            };
            passages.Add(passage);
            if (candidates is not null)
            {
                var keyword = keywordRanks!.TryGetValue(id, out var k) ? k : (Score: 0f, Rank: -1);
                candidates.Add(new RankCandidate
                {
                    Article = article,
                    Sentence = sentence,
                    Fused = score,
                    Keyword = keyword.Score,
                    KeywordRank = keyword.Rank,
                    Cosine = passage.Similarity,
                    VectorRank = vectorRanks.TryGetValue(id, out var v) ? v : -1,
                    Coverage = passage.Coverage,
                    DateMatch = passage.DateMatch,
                    SentenceTerms = sentenceTerms,
                    ContextTerms = ContextTerms(analysed!, article, sentence),
                });
            }
        }

        if (candidates is null)
        {
            return new CandidatePool { Passages = passages, Features = [] };
        }

        var asked = new RankQuestion
        {
            Weights = idf.Concat(backgroundIdf.Where(b => !idf.ContainsKey(b.Key))).ToDictionary(StringComparer.Ordinal),
            Names = QuestionNames.Of(question).SelectMany(n => Terms(n)).ToHashSet(StringComparer.Ordinal),
            AsksValue = RankFeatures.AsksValue(question),
        };
        return new CandidatePool { Passages = passages, Features = RankFeatures.Of(asked, candidates) };
    }

    private HashSet<string> Terms(string text) => QueryTerms.Analyze(keywords.Analyzer, KeywordIndex.TextField, text).ToHashSet(StringComparer.Ordinal);

    /// <summary>A sentence's terms, analysed once a question however many pool sentences it neighbours.</summary>
    private HashSet<string> Analysed(Dictionary<string, HashSet<string>> analysed, Sentence sentence)
    {
        if (!analysed.TryGetValue(sentence.Id, out var terms))
        {
            analysed[sentence.Id] = terms = Terms(sentence.Text);
        }

        return terms;
    }

    /// <summary>The terms of <see cref="KeywordIndex.Context"/> (headline, the body sentence before, the sentence after), each part analysed once.</summary>
    private HashSet<string> ContextTerms(Dictionary<string, HashSet<string>> analysed, Article article, Sentence sentence)
    {
        var headline = $"\u0000{article.Id}";
        if (!analysed.TryGetValue(headline, out var terms))
        {
            analysed[headline] = terms = Terms(article.Headline);
        }

        var context = new HashSet<string>(terms, StringComparer.Ordinal);
        var (before, after) = KeywordIndex.ContextNeighbours(article, sentence);
        if (before >= 0)
        {
            context.UnionWith(Analysed(analysed, article.Sentences[before]));
        }

        if (after >= 0)
        {
            context.UnionWith(Analysed(analysed, article.Sentences[after]));
        }

        return context;
    }

    /// <summary>The <paramref name="count"/> likeliest articles for <paramref name="question"/>, scored as wholes (<see cref="ArticleSearch"/>).</summary>
    public IReadOnlyList<(string ArticleId, double Score)> RankArticles(string question, int count)
    {
        ArgumentNullException.ThrowIfNull(question);

        var terms = QueryTerms.Analyze(keywords.Analyzer, KeywordIndex.TextField, question);
        var names = NameExpansion.Of(keywords.Analyzer, question).Concat(WordExpansion.Of(keywords.Analyzer, question, options)).ToList();
        return LikelyArticles(terms, [], names, count);
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
    /// Date evidence as a boost among candidates already found relevant: score' = score + w_d · E(q, s) · max score,
    /// with E the <see cref="DateEvidence"/> and w_d = <see cref="RetrievalOptions.DateWeight"/>. Scaling by the best
    /// score keeps the boost meaningful whatever the fusion's scale, and a sentence that only names the date (no
    /// topical match) never enters the candidates at all.
    /// </summary>
    private List<(string Id, double Score)> BoostDates(IReadOnlyList<DateMention> dates, IReadOnlyList<(string Id, double Score)> candidates)
    {
        var top = candidates.Count == 0 ? 0 : candidates[0].Score;
        return candidates
            .Take(options.Depth)
            .Select(c => (c.Id, Score: c.Score + (Find(c.Id) is var (article, sentence) ? options.DateWeight * top * DateEvidence.Score(dates, article, sentence) : 0)))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
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

    /// <summary>
    /// score' = score + w_a · (A(a) − A₀) / (max A − A₀) · best score for a sentence of one of the likeliest articles a,
    /// with A the article's score (<see cref="ArticleSearch"/>), A₀ that of the first article outside them and
    /// w_a = <see cref="RetrievalOptions.ArticleWeight"/>: among sentences that match alike, the one whose article is
    /// about the question comes first, and by how far its article stands out from the rest, so that when many articles
    /// hold the question's words alike (long pieces that touch on everything) none is lifted much.
    /// </summary>
    private List<(string Id, double Score)> BoostArticles(IReadOnlyList<(string ArticleId, double Score)> likely, double floor, IReadOnlyList<(string Id, double Score)> candidates)
    {
        var span = likely.Max(a => a.Score) - floor;
        var article = likely.ToDictionary(a => a.ArticleId, a => span > 0 ? (a.Score - floor) / span : 0, StringComparer.Ordinal);
        var top = candidates.Count == 0 ? 0 : candidates.Max(c => c.Score);
        return candidates
            .Select(c => (c.Id, Score: c.Score + (Locate(c.Id) is var (id, _) && article.TryGetValue(id, out var share) ? options.ArticleWeight * top * share : 0)))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
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

    /// <summary>The background's share of the question's weight, where the sentence or its context holds it.</summary>
    private double BackgroundOf(Article article, Sentence sentence, Dictionary<string, double> backgroundIdf, double total)
    {
        if (backgroundIdf.Count == 0 || total <= 0)
        {
            return 0;
        }

        var terms = QueryTerms.Analyze(keywords.Analyzer, KeywordIndex.TextField, sentence.Text + "\n" + KeywordIndex.Context(article, sentence)).ToHashSet(StringComparer.Ordinal);
        return backgroundIdf.Where(t => terms.Contains(t.Key)).Sum(t => t.Value) / total;
    }

    /// <summary>
    /// C(q, s) above, where a name's or word's terms count as present, at the expansion's <see cref="NameExpansion.Credit"/>,
    /// when the sentence holds another form of it or a synonym (<see cref="NameExpansion"/>, <see cref="WordExpansion"/>).
    /// </summary>
    private static double CoverageOf(HashSet<string> sentenceTerms, Dictionary<string, double> idf, double total, IReadOnlyList<NameExpansion> names)
    {
        if (total <= 0)
        {
            return 0;
        }

        var held = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var expansion in names.Where(n => n.Credit > 0 && n.Alternatives.Any(a => a.Terms.All(sentenceTerms.Contains))))
        {
            foreach (var term in expansion.Terms)
            {
                held[term] = Math.Max(held.GetValueOrDefault(term), expansion.Credit);
            }
        }

        var matched = idf.Sum(t => t.Value * (sentenceTerms.Contains(t.Key) ? 1 : held.GetValueOrDefault(t.Key)));
        return matched / total;
    }
}
