using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NewsBot.Ingestion;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace NewsBot.Retrieval;

/// <summary>
/// A Lucene BM25 index of sentences on disk. Each sentence is a document with two searchable fields: its own text,
/// and its context (the headline and the sentences either side), so a sentence that says "they" still matches
/// the names its neighbours use.
/// <para>
/// score(q, s) = Σ_{t ∈ q} idf(t) · tf(t,s)·(k1+1) / (tf(t,s) + k1·(1 − b + b·|s|/avgdl))  over the text field,
/// plus <see cref="ContextBoost"/> times the same sum over the context field; k1 = 0.9, b = 0.4 (sentences are short
/// and similar in length, so length normalisation is kept mild).
/// </para>
/// </summary>
public sealed class KeywordIndex : IDisposable
{
    public const string TextField = "text";
    public const string ContextField = "context";
    private const string ArticleField = "article";
    private const string OrdinalField = "ordinal";
    private const float ContextBoost = 0.3f;
    private const float MetonymBoost = 0.7f;
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly Similarity Bm25 = new BM25Similarity(k1: 0.9f, b: 0.4f);

    private readonly LuceneDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    private KeywordIndex(LuceneDirectory directory)
    {
        _directory = directory;
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader) { Similarity = Bm25 };
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
        var config = new IndexWriterConfig(Version, analyzer) { OpenMode = OpenMode.CREATE, Similarity = Bm25 };
        using var writer = new IndexWriter(directory, config);
        foreach (var article in articles)
        {
            foreach (var sentence in article.Sentences)
            {
                writer.AddDocument(
                [
                    new StringField(ArticleField, article.Id, Field.Store.YES),
                    new StoredField(OrdinalField, sentence.Ordinal),
                    new TextField(TextField, sentence.Text, Field.Store.NO),
                    new TextField(ContextField, Context(article, sentence), Field.Store.NO),
                ]);
            }
        }

        writer.Commit();
    }

    public static KeywordIndex Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        return new KeywordIndex(FSDirectory.Open(path));
    }

    /// <summary>Inverse document frequency of an analyzed term in the sentence text: ln(1 + (N − df + 0.5)/(df + 0.5)).</summary>
    public double Idf(string term)
    {
        var df = _reader.DocFreq(new Term(TextField, term));
        var n = (double)_reader.NumDocs;
        return Math.Log(1 + ((n - df + 0.5) / (df + 0.5)));
    }

    public IReadOnlyList<KeywordHit> Search(IReadOnlyList<string> terms, int count)
    {
        ArgumentNullException.ThrowIfNull(terms);

        if (terms.Count == 0 || count <= 0)
        {
            return [];
        }

        var query = new BooleanQuery();
        foreach (var term in terms)
        {
            query.Add(new TermQuery(new Term(TextField, term)), Occur.SHOULD);
            query.Add(new TermQuery(new Term(ContextField, term)) { Boost = ContextBoost }, Occur.SHOULD);
            foreach (var alternative in Metonyms.Of(term))
            {
                query.Add(new TermQuery(new Term(TextField, alternative)) { Boost = MetonymBoost }, Occur.SHOULD);
            }
        }

        var top = _searcher.Search(query, count);
        var hits = new List<KeywordHit>(top.ScoreDocs.Length);
        foreach (var scoreDoc in top.ScoreDocs)
        {
            var doc = _searcher.Doc(scoreDoc.Doc);
            hits.Add(new KeywordHit(doc.Get(ArticleField), doc.GetField(OrdinalField).GetInt32Value() ?? 0, scoreDoc.Score));
        }

        return hits;
    }

    public void Dispose()
    {
        _reader.Dispose();
        Analyzer.Dispose();
        _directory.Dispose();
    }

    private static string Context(Article article, Sentence sentence)
    {
        var parts = new List<string>(3) { article.Headline };
        if (sentence.Ordinal > 0 && article.Sentences[sentence.Ordinal - 1].Role == SentenceRole.Body)
        {
            parts.Add(article.Sentences[sentence.Ordinal - 1].Text);
        }

        if (sentence.Ordinal + 1 < article.Sentences.Count)
        {
            parts.Add(article.Sentences[sentence.Ordinal + 1].Text);
        }

        return string.Join('\n', parts);
    }
}
