using System.Runtime.ExceptionServices;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NewsBot.Ingestion;
using NewsBot.Text;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace NewsBot.Retrieval;

/// <summary>
/// A Lucene BM25 index of sentences on disk. Each sentence is a document with two searchable fields: its own text,
/// and its context (the headline and the sentences either side), so a sentence that says "they" still matches
/// the names its neighbours use.
/// <para>
/// score(q, s) = Σ_{t ∈ q} idf(t) · tf(t,s)·(k1+1) / (tf(t,s) + k1·(1 − b + b·|s|/avgdl))  over the text field,
/// plus <see cref="ContextBoost"/> times the same sum over the context field; k1 = 0.9, b = 0.4 (sentences are short
/// and similar in length, so length normalisation is kept mild). Each other form of a name the question writes
/// (<see cref="NameExpansion"/>: "Japan" for "Tokyo", the phrase "No 10" for "Downing Street") adds its BM25 score
/// over the text field times <see cref="NameBoost"/>, scored with the idf of the form the question writes rather than
/// its own (a name and its stand-ins are one actor, however often each is written: "Portugal" for "Lisbon" weighs as the
/// rarer "Lisbon" would), so a form the question does not write weighs less than one it does, never less for being common;
/// another form or a synonym of a word of the question (<see cref="WordExpansion"/>: "purchase" for "bought", the phrase
/// "turn down" for "rejected") likewise adds its BM25 times its own weight, a form of the word ("buy") at the idf of the
/// one the question writes as a name's is, a synonym at its own and only to sentences the question's own rarer words
/// already find (<see cref="NameExpansion.Finds"/>).
/// A day the question names adds <see cref="DateBoost"/> times its BM25 over the date field (<see cref="DateTerms"/>)
/// to the sentences its words match; the caller searches that day's own words as background
/// (<see cref="DateTerms.WithoutDays"/>), so a sentence that writes "4 March" weighs little more than one that says
/// "on Friday" of that day. Words the question only refers back to (background) weigh
/// <see cref="BackgroundBoost"/> times the words it asks.
/// </para>
/// </summary>
public sealed class KeywordIndex : IDisposable
{
    public const string TextField = "text";
    public const string ContextField = "context";

    /// <summary>Weight of a background term (see <see cref="Search"/>) against a term the question asks.</summary>
    public const float BackgroundBoost = 0.4f;

    /// <summary>The days the sentence speaks of (<see cref="DateTerms"/>), untokenised.</summary>
    public const string DateField = "date";
    internal const string ArticleField = "article";
    internal const string OrdinalField = "ordinal";
    private const float ContextBoost = 0.3f;
    /// <summary>Weight of another form of a name the question writes (<see cref="NameExpansion"/>).</summary>
    public const float NameBoost = 0.7f;
    private const float DateBoost = 0.5f;
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly Similarity Bm25 = new BM25Similarity(k1: 0.9f, b: 0.4f);

    private readonly LuceneDirectory? _directory;
    private readonly DirectoryReader _reader;
    private readonly LeafSearcher _searcher;

    /// <summary>The sentence text's terms over every segment, merged once for this reader (<see cref="SpellingVariants"/>); null when no sentence has text.</summary>
    private readonly Lazy<Terms?> _terms;

    private readonly QueryBuilder _phrases;
    /// <summary>How many pool threads help the calling thread search the segments side by side; 0: the segments are searched one after another.</summary>
    private readonly int _segmentHelpers;
    private readonly int[] _largestFirst;
    private ArticleSearch.Segment[]? _articleSegments;

    private KeywordIndex(DirectoryReader reader, LuceneDirectory? directory, int parallelism)
    {
        _directory = directory;
        _reader = reader;
        _searcher = new LeafSearcher(_reader) { Similarity = Bm25 };
        _terms = new Lazy<Terms?>(() => MultiFields.GetTerms(_reader, TextField));
        _phrases = new QueryBuilder(Analyzer);
        // The reader never changes under this index, so whether its segments are searched side by side, and in what
        // order, is known once: largest first, so the threads finish close together.
        var leaves = _reader.Leaves;
        var threads = Math.Min(parallelism > 0 ? parallelism : Environment.ProcessorCount, leaves.Count);
        _segmentHelpers = Math.Max(threads - 1, 0);
        _largestFirst = [.. Enumerable.Range(0, leaves.Count).OrderByDescending(leaf => leaves[leaf].Reader.MaxDoc)];
    }

    public Analyzer Analyzer { get; } = new NewsAnalyzer();

    public int Count => _reader.NumDocs;

    /// <summary>Writes a fresh index of <paramref name="articles"/> into <paramref name="path"/>.</summary>
    public static void Build(string path, IEnumerable<Article> articles)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(articles);

        using var directory = FSDirectory.Open(path);
        using var analyzer = new NewsAnalyzer();
        using var writer = new IndexWriter(directory, WriterConfig(analyzer, OpenMode.CREATE));
        foreach (var article in articles)
        {
            writer.AddDocuments(Documents(article));
        }

        writer.Commit();
    }

    /// <summary>Opens the index at <paramref name="path"/>; <paramref name="parallelism"/> as in <see cref="Over"/>.</summary>
    public static KeywordIndex Open(string path, int parallelism = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        var directory = FSDirectory.Open(path);
        try
        {
            return new KeywordIndex(DirectoryReader.Open(directory), directory, parallelism);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Searches <paramref name="reader"/>, which it disposes; its directory stays the caller's. A search reads up to
    /// <paramref name="parallelism"/> of the index's segments side by side (0: as many as there are processors; 1: one
    /// after another), see <see cref="RetrievalOptions.SearchParallelism"/>.
    /// </summary>
    internal static KeywordIndex Over(DirectoryReader reader, int parallelism = 1) => new(reader, null, parallelism);

    /// <summary>The term that finds every document of an article, to update or delete it.</summary>
    internal static Term ArticleTerm(string articleId) => new(ArticleField, articleId);

    internal static IndexWriterConfig WriterConfig(Analyzer analyzer, OpenMode mode) =>
        new(Version, analyzer) { OpenMode = mode, Similarity = Bm25 };

    /// <summary>One document a sentence, in order, as the index holds them (<see cref="SentenceDocuments"/>).</summary>
    internal static IEnumerable<Document> Documents(Article article) => SentenceDocuments.Of(article);

    /// <summary>
    /// Verifies every segment file against the CRC-32 footer Lucene wrote into it (the cheap part of Lucene's
    /// <c>CheckIndex</c>: one sequential read of the index, no postings walked). Opening has already read and checked
    /// <c>segments_N</c> and each segment's <c>.si</c>; this finds a truncated or overwritten segment file.
    /// </summary>
    public void CheckIntegrity()
    {
        foreach (var leaf in _reader.Leaves)
        {
            leaf.AtomicReader.CheckIntegrity();
        }
    }

    /// <summary>Inverse document frequency of an analyzed term in the sentence text: ln(1 + (N − df + 0.5)/(df + 0.5)).</summary>
    public double Idf(string term) => Idf(_reader.DocFreq(new Term(TextField, term)), _reader.NumDocs);

    /// <summary>
    /// The index's other spellings of an analysed term: terms of at least <see cref="MinSpelledLength"/> letters that
    /// share its first four, are one edit from it (a letter added, dropped, changed, or two swapped) and stand in more
    /// sentences than it does. A name is transliterated several ways ("Lundqvist", "Lundkvist", "Lundquist"), and a
    /// reader types one the coverage writes less often, or a slip of the keys; the commoner spelling is the one the
    /// coverage means. Empty for a short term, or one no commoner spelling is near.
    /// </summary>
    public IReadOnlyList<string> SpellingVariants(string term)
    {
        ArgumentNullException.ThrowIfNull(term);

        if (term.Length < MinSpelledLength || _terms.Value is not { } terms)
        {
            return [];
        }

        var own = _reader.DocFreq(new Term(TextField, term));
        var prefix = term[..4];
        var variants = new List<string>();
        var each = terms.GetEnumerator();
        if (each.SeekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END)
        {
            return variants;
        }

        do
        {
            var candidate = each.Term.Utf8ToString();
            if (!candidate.StartsWith(prefix, StringComparison.Ordinal))
            {
                break;
            }

            if (each.DocFreq > own && Spelling.OneEditApart(candidate, term))
            {
                variants.Add(candidate);
            }
        }
        while (each.MoveNext());

        return variants;
    }

    /// <summary>The shortest term whose other spellings <see cref="SpellingVariants"/> looks for: shorter names are too often other words one letter away.</summary>
    public const int MinSpelledLength = 6;

    /// <summary>BM25's idf of a term in <paramref name="docFreq"/> of <paramref name="docs"/> sentences.</summary>
    private static double Idf(int docFreq, int docs) => Math.Log(1 + ((docs - docFreq + 0.5) / (docFreq + 0.5)));

    /// <summary>
    /// The top <paramref name="count"/> sentences for <paramref name="terms"/> by the BM25 sum above.
    /// </summary>
    /// <remarks>
    /// A term in more than <paramref name="commonTermDocs"/> sentences is common: its postings are long, and a sentence that
    /// matches only common terms (only "said" and "year") never makes the top of a ranking that has rarer terms to go by. So
    /// when the question has both kinds, a sentence must match a rare term, and the common terms only add to its score:
    /// the query becomes +(rare…) (common…), whose scorer leaps through the common terms' postings by skip list instead of
    /// reading them whole (the idea of Lucene's CommonTermsQuery). Every sentence it returns has the score the plain
    /// disjunction gives it. The work per question then grows with the rare terms' postings, not with the corpus.
    /// </remarks>
    /// <param name="background">Terms of what the question refers back to rather than asks (the subject a part of a
    /// two-part question shares with the other), each weighing <see cref="BackgroundBoost"/> times a term it asks.</param>
    /// <param name="within">Only the sentences of these articles (the likeliest, <see cref="RankArticles"/>): every term
    /// then finds, common or not, and the scores are those the search over every article gives the same sentences.</param>
    /// <param name="helpersAfter">Work running beside this search on another processor (the question's embedding and
    /// vector search); other threads join the search of the segments only once it ends, and the calling thread starts
    /// alone (see <see cref="Top"/>). Null: they join at once.</param>
    public IReadOnlyList<KeywordHit> Search(IReadOnlyList<string> terms, int count, int commonTermDocs = int.MaxValue, IReadOnlyList<NameExpansion>? names = null, IReadOnlyList<string>? days = null, IReadOnlyList<string>? background = null, IReadOnlyCollection<string>? within = null, Task? helpersAfter = null)
    {
        ArgumentNullException.ThrowIfNull(terms);

        if (within is { Count: > 0 })
        {
            commonTermDocs = int.MaxValue;
        }

        if (terms.Count == 0 || count <= 0)
        {
            return [];
        }

        // Each text term is looked up in every segment's term dictionary once: its per-segment states give both its
        // document frequency (common or rare) and its query's postings, where asking the reader for the frequency and
        // then letting the query build its states would seek twice.
        var states = new Dictionary<string, TermContext>(StringComparer.Ordinal);
        TermContext State(string term)
        {
            if (!states.TryGetValue(term, out var state))
            {
                state = TermContext.Build(_searcher.TopReaderContext, new Term(TextField, term));
                states[term] = state;
            }

            return state;
        }

        // A word no sentence holds, in its text or its context, scores nothing; among the rare it would make them required
        // while matching nothing, and a question whose other words are all common would find no sentence at all.
        bool Written(string term, TermContext state) => state.DocFreq > 0 || _reader.DocFreq(new Term(ContextField, term)) > 0;

        var rare = new BooleanQuery(disableCoord: true);
        var common = new BooleanQuery(disableCoord: true);
        foreach (var term in terms)
        {
            if (State(term) is var state && Written(term, state))
            {
                AddTerm(state.DocFreq > commonTermDocs ? common : rare, term, state, 1);
            }
        }

        foreach (var term in (background ?? []).Where(t => !terms.Contains(t, StringComparer.Ordinal)))
        {
            if (State(term) is var state && Written(term, state))
            {
                AddTerm(state.DocFreq > commonTermDocs ? common : rare, term, state, BackgroundBoost);
            }
        }

        // A form's idf from the states the search looks up anyway, not a second seek per term.
        double FormIdf(IReadOnlyList<string> formTerms) => formTerms.Sum(term => Idf(State(term).DocFreq, _reader.NumDocs));

        foreach (var expansion in (names ?? []).Where(n => n.Boost > 0))
        {
            // Another name of the same actor, or another form of the same word, weighs what the question's own form
            // weighs (times the expansion's boost), not what its own frequency would give it: "Portugal" for "Lisbon" is
            // as specific an answer to the question. A synonym, which finds nothing by itself, keeps its own weight.
            var asked = expansion.Finds && expansion.Terms.Count > 0 ? FormIdf(expansion.Terms) : 0;
            // Another form is searched in the text alone: one that a sentence's text never writes can match nothing.
            foreach (var alternative in expansion.Alternatives.Where(a => a.Terms.All(t => State(t).DocFreq > 0)))
            {
                var clauses = !expansion.Finds || alternative.Terms.All(t => State(t).DocFreq > commonTermDocs) ? common : rare;
                var own = asked > 0 ? FormIdf(alternative.Terms) : 0;
                var boost = own > 0 ? expansion.Boost * (float)(asked / own) : expansion.Boost;
                if (AlternativeQuery(alternative, boost, State) is { } alternativeQuery)
                {
                    clauses.Add(alternativeQuery, Occur.SHOULD);
                }
            }
        }

        var query = rare;
        if (rare.Clauses.Count > 0 && common.Clauses.Count > 0)
        {
            query = new BooleanQuery(disableCoord: true) { { rare, Occur.MUST }, { common, Occur.SHOULD } };
        }
        else if (rare.Clauses.Count == 0)
        {
            query = common;
        }

        // A day the question names lifts the sentences that speak of it, among those its words already match.
        if (days is { Count: > 0 })
        {
            var dated = new BooleanQuery(disableCoord: true);
            foreach (var day in days)
            {
                dated.Add(new TermQuery(new Term(DateField, day)) { Boost = DateBoost }, Occur.SHOULD);
            }

            query = new BooleanQuery(disableCoord: true) { { query, Occur.MUST }, { dated, Occur.SHOULD } };
        }

        if (within is { Count: > 0 })
        {
            // The filter scores nothing (boost 0; BM25's query norm is 1), so the scores stay comparable.
            var articles = new BooleanQuery(disableCoord: true) { Boost = 0 };
            foreach (var article in within)
            {
                articles.Add(new TermQuery(ArticleTerm(article)), Occur.SHOULD);
            }

            query = new BooleanQuery(disableCoord: true) { { query, Occur.MUST }, { articles, Occur.MUST } };
        }

        var top = Top(query, count, helpersAfter);
        var hits = new List<KeywordHit>(top.ScoreDocs.Length);
        foreach (var scoreDoc in top.ScoreDocs)
        {
            var doc = _searcher.Doc(scoreDoc.Doc);
            hits.Add(new KeywordHit(doc.Get(ArticleField), doc.GetField(OrdinalField).GetInt32Value() ?? 0, scoreDoc.Score));
        }

        return hits;
    }

    /// <summary>
    /// The <paramref name="count"/> best sentences for <paramref name="query"/>: each segment's best, searched side by
    /// side when the index allows it, merged by score. A segment holds a run of document numbers and the merge breaks a
    /// tie by segment, then by its own order, so the list is the one a search of the segments one after another gives.
    /// The calling thread searches segments too (<see cref="SegmentRun"/>): when every pool thread is busy answering
    /// other questions it searches them all itself, as it would alone.
    /// <para>
    /// With <paramref name="helpersAfter"/>, the calling thread starts alone and the other threads join when that work
    /// ends: the question's embedding and vector search hold a processor until then, and threads that joined at once
    /// would only share it (measured at 100k articles on two cores, hybrid, two runs each: answer p50/p95 21.6/41.0 and 23.6/41.4 ms gated against 25.6/44.7 and 25.1/42.7 ms joining at once).
    /// Whatever is left when it ends is shared; a helper that comes too late finds every segment taken and leaves, and
    /// the calling thread never waits on that work, only on segments a helper is searching.
    /// </para>
    /// </summary>
    private TopDocs Top(Query query, int count, Task? helpersAfter)
    {
        // Each thread takes the next segment not yet taken; with no work to wait for, the helpers join at once.
        return _segmentHelpers == 0
            ? _searcher.Search(query, count)
            : new SegmentRun(this, _searcher.CreateNormalizedWeight(query), count).Search(helpersAfter ?? Task.CompletedTask, _segmentHelpers);
    }

    /// <summary>
    /// One search of the segments, largest first, by the calling thread and by helpers that join when other work ends
    /// (<see cref="Top"/>). Each segment is taken once; the calling thread, out of segments to take, waits for those a
    /// helper is still searching, and rethrows the first failure any thread met.
    /// </summary>
    private sealed class SegmentRun(KeywordIndex index, Weight weight, int count)
    {
        private readonly IList<AtomicReaderContext> _leaves = index._reader.Leaves;
        private readonly TopDocs[] _tops = new TopDocs[index._largestFirst.Length];
        private readonly object _searched = new();
        private int _next = -1;
        private int _left = index._largestFirst.Length;
        private ExceptionDispatchInfo? _failure;

        /// <summary>The merged best <c>count</c> of every segment, once each is searched.</summary>
        public TopDocs Search(Task helpersAfter, int helpers)
        {
            for (var i = 0; i < helpers; i++)
            {
                helpersAfter.ContinueWith(static (_, run) => ((SegmentRun)run!).Take(), this, CancellationToken.None, TaskContinuationOptions.DenyChildAttach, TaskScheduler.Default);
            }

            Take();
            lock (_searched)
            {
                while (Volatile.Read(ref _left) > 0)
                {
                    Monitor.Wait(_searched);
                }
            }

            // The failure a search one segment after another would have thrown (an index closed or damaged under it).
            _failure?.Throw();
            return TopDocs.Merge(null, count, _tops);
        }

        private void Take()
        {
            for (var taken = Interlocked.Increment(ref _next); taken < _tops.Length; taken = Interlocked.Increment(ref _next))
            {
                var leaf = index._largestFirst[taken];
                try
                {
                    _tops[leaf] = index._searcher.SearchLeaf(_leaves[leaf], weight, count);
                }
#pragma warning disable CA1031 // Kept for the calling thread to rethrow: a helper's failure must not be lost on a pool thread.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    Interlocked.CompareExchange(ref _failure, ExceptionDispatchInfo.Capture(ex), null);
                }
                finally
                {
                    if (Interlocked.Decrement(ref _left) == 0)
                    {
                        lock (_searched)
                        {
                            Monitor.PulseAll(_searched);
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// The first <paramref name="count"/> sentences, in index order, whose own text holds the analysed
    /// <paramref name="term"/>: a walk of its postings, unscored, so a common term costs no more than a rare one.
    /// </summary>
    public IReadOnlyList<(string ArticleId, int Ordinal)> SentencesWith(string term, int count)
    {
        ArgumentNullException.ThrowIfNull(term);
        ArgumentOutOfRangeException.ThrowIfNegative(count);

        var found = new List<(string, int)>(count);
        var key = new Term(TextField, term);
        foreach (var leaf in _reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            // The enumerator skips deleted sentences itself.
            var docs = atomic.GetTermDocsEnum(key);
            for (var doc = docs?.NextDoc() ?? DocIdSetIterator.NO_MORE_DOCS; doc != DocIdSetIterator.NO_MORE_DOCS && found.Count < count; doc = docs!.NextDoc())
            {
                var stored = atomic.Document(doc);
                found.Add((stored.Get(ArticleField), stored.GetField(OrdinalField).GetInt32Value() ?? 0));
            }

            if (found.Count >= count)
            {
                break;
            }
        }

        return found;
    }

    /// <summary>The <paramref name="count"/> likeliest articles for the weighted terms (<see cref="ArticleSearch"/>).</summary>
    internal IReadOnlyList<(string ArticleId, double Score)> RankArticles(IReadOnlyList<(string Term, double Weight)> terms, int count, int commonTermDocs)
    {
        // Read once per index on the first question that asks (the reader never changes under it).
        var segments = LazyInitializer.EnsureInitialized(ref _articleSegments, () => ArticleSearch.Segments(_reader, ArticleField));
        return ArticleSearch.Rank(_reader, segments, TextField, terms, count, commonTermDocs);
    }

    private static void AddTerm(BooleanQuery query, string term, TermContext state, float boost)
    {
        query.Add(new TermQuery(new Term(TextField, term), state) { Boost = boost }, Occur.SHOULD);
        query.Add(new TermQuery(new Term(ContextField, term)) { Boost = boost * ContextBoost }, Occur.SHOULD);
    }

    /// <summary>A term, or for a form of several words ("White House") the phrase, as the index's analyser reads it.</summary>
    private Query? AlternativeQuery(NameAlternative alternative, float boost, Func<string, TermContext> state)
    {
        var query = alternative.Terms.Count == 1
            ? new TermQuery(new Term(TextField, alternative.Terms[0]), state(alternative.Terms[0]))
            : _phrases.CreatePhraseQuery(TextField, alternative.Text);
        if (query is not null)
        {
            query.Boost = boost;
        }

        return query;
    }

    public void Dispose()
    {
        _reader.Dispose();
        Analyzer.Dispose();
        _directory?.Dispose();
    }

    /// <summary>An <see cref="IndexSearcher"/> that searches one segment at a time with a weight built over them all.</summary>
    private sealed class LeafSearcher(IndexReader reader) : IndexSearcher(reader)
    {
        /// <summary>The segment's best <paramref name="count"/>, numbered as in the whole index, scored as the whole index scores.</summary>
        public TopDocs SearchLeaf(AtomicReaderContext leaf, Weight weight, int count)
        {
            var collector = TopScoreDocCollector.Create(count, !weight.ScoresDocsOutOfOrder);
            Search([leaf], weight, collector);
            return collector.GetTopDocs();
        }
    }

    /// <summary>What the context field holds for a sentence: the headline and the sentences either side.</summary>
    internal static string Context(Article article, Sentence sentence)
    {
        var (before, after) = ContextNeighbours(article, sentence);
        var parts = new List<string>(3) { article.Headline };
        if (before >= 0)
        {
            parts.Add(article.Sentences[before].Text);
        }

        if (after >= 0)
        {
            parts.Add(article.Sentences[after].Text);
        }

        return string.Join('\n', parts);
    }

    /// <summary>
    /// The sentences the context field reads beside the headline, by ordinal (-1 for none): the one before when it is
    /// body text, and the one after.
    /// </summary>
    internal static (int Before, int After) ContextNeighbours(Article article, Sentence sentence) =>
        (sentence.Ordinal > 0 && article.Sentences[sentence.Ordinal - 1].Role == SentenceRole.Body ? sentence.Ordinal - 1 : -1,
         sentence.Ordinal + 1 < article.Sentences.Count ? sentence.Ordinal + 1 : -1);
}
