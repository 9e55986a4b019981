using System.Globalization;
using NewsBot.Ingestion;
using NewsBot.Retrieval;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Retrieval;

/// <summary>A real Lucene index on disk; the common-term split must not change what the plain BM25 disjunction ranks first.</summary>
public sealed class KeywordIndexTests : IDisposable
{
    private const int CommonTermDocs = 10;
    private readonly TempDirectory _directory = new();
    private readonly KeywordIndex _index;
    private readonly List<Article> _articles;

    public KeywordIndexTests()
    {
        // 40 sentences say "officials said"; a few of them also name a rare place or person.
        string[] rare = ["Geneva", "Brussels", "Vienna", "Stoltenberg", "Ryabkov"];
        _articles = Enumerable.Range(0, 8).Select(a => PlainTextArticleParser.ParseBody(
            $"a{a}",
            $"a{a}.txt",
            string.Join(' ', Enumerable.Range(0, 5).Select(s => (a * 5) + s).Select(n => n % 7 == 0
                ? string.Create(CultureInfo.InvariantCulture, $"Officials said talks in {rare[n / 7 % rare.Length]} went on for {n} hours.")
                : string.Create(CultureInfo.InvariantCulture, $"Officials said the meeting number {n} was useful."))),
            headline: null)).ToList();
        KeywordIndex.Build(_directory.Path, _articles);
        _index = KeywordIndex.Open(_directory.Path);
    }

    [Fact]
    public void Search_RareAndCommonTerms_RanksExactlyAsThePlainDisjunctionAtTheTop()
    {
        var terms = QueryTerms.Analyze(_index.Analyzer, KeywordIndex.TextField, "what did officials say about the talks in Geneva and Vienna?");

        var split = _index.Search(terms, 40, CommonTermDocs);
        var plain = _index.Search(terms, 40);

        // The plain disjunction also returns the sentences that only say "officials said"; the split leaves them out.
        Assert.Equal(40, plain.Count);
        Assert.InRange(split.Count, 3, 39);
        Assert.StartsWith("Officials said talks in Geneva", Text((split[0].ArticleId, split[0].Ordinal)), StringComparison.Ordinal);
        Assert.Equal(plain.Take(split.Count).Select(h => (h.ArticleId, h.Ordinal)), split.Select(h => (h.ArticleId, h.Ordinal)));
        Assert.Equal(plain.Take(split.Count).Select(h => h.Score), split.Select(h => h.Score), (x, y) => Math.Abs(x - y) < 1e-4);
    }

    [Fact]
    public void Search_OnlyCommonTerms_StillRanksThem()
    {
        var terms = QueryTerms.Analyze(_index.Analyzer, KeywordIndex.TextField, "officials said");

        var hits = _index.Search(terms, 5, CommonTermDocs);

        Assert.Equal(5, hits.Count);
        Assert.Equal(_index.Search(terms, 5).Select(h => h.Score), hits.Select(h => h.Score));
    }

    [Fact]
    public void Search_AWordNoSentenceHoldsBesideCommonOnes_RanksTheCommonOnes()
    {
        // "Trondheim" is in no sentence; the rest are common. Required, it would match nothing and empty the search.
        var terms = QueryTerms.Analyze(_index.Analyzer, KeywordIndex.TextField, "what did officials say about the meeting in Trondheim?");
        var written = QueryTerms.Analyze(_index.Analyzer, KeywordIndex.TextField, "what did officials say about the meeting?");
        Assert.Equal(written.Count + 1, terms.Count);

        var hits = _index.Search(terms, 5, CommonTermDocs);
        var background = _index.Search(written, 5, CommonTermDocs, background: ["trondheim"]);

        Assert.Equal(_index.Search(written, 5, CommonTermDocs), hits);
        Assert.Equal(hits, background);
        Assert.Equal(5, hits.Count);
    }

    private string Text((string ArticleId, int Ordinal) hit) => _articles.Single(a => a.Id == hit.ArticleId).Sentences[hit.Ordinal].Text;

    public void Dispose()
    {
        _index.Dispose();
        _directory.Dispose();
    }
}
