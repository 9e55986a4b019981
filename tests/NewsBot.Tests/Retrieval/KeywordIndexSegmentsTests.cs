using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Store;
using NewsBot.Ingestion;
using NewsBot.Retrieval;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Retrieval;

/// <summary>
/// A real Lucene index on disk written as several segments of different sizes (a commit each, never merged), searched
/// segment by segment side by side and one after another: the two must give the same list, scores and ties included.
/// </summary>
public sealed class KeywordIndexSegmentsTests : IDisposable
{
    // Articles per commit: the last segment is the largest, so the largest-first order differs from the index's.
    private static readonly int[] Segments = [1, 2, 3, 6];
    private readonly TempDirectory _directory = new();
    private readonly KeywordIndex _oneByOne;
    private readonly KeywordIndex _sideBySide;

    public KeywordIndexSegmentsTests()
    {
        // Every article repeats one sentence word for word (a tie across every segment) beside sentences of its own.
        var articles = Enumerable.Range(0, Segments.Sum()).Select(a => PlainTextArticleParser.ParseBody(
            $"a{a:D2}",
            $"a{a:D2}.txt",
            string.Create(CultureInfo.InvariantCulture,
                $"The ferry to Vardo was cancelled again. The council in Vardo met for {a + 2} hours on the harbour budget. Kari Lunde said the quay at Vardo needs {a + 10} new posts before the storm season."),
            headline: $"Harbour news {a}")).ToList();

        using (var directory = FSDirectory.Open(_directory.Path))
        using (var analyzer = new NewsAnalyzer())
        {
            var config = KeywordIndex.WriterConfig(analyzer, OpenMode.CREATE);
            config.MergePolicy = NoMergePolicy.COMPOUND_FILES;
            using var writer = new IndexWriter(directory, config);
            var written = 0;
            foreach (var size in Segments)
            {
                foreach (var article in articles.Skip(written).Take(size))
                {
                    writer.AddDocuments(KeywordIndex.Documents(article));
                }

                written += size;
                writer.Commit();
            }
        }

        _oneByOne = KeywordIndex.Open(_directory.Path, parallelism: 1);
        _sideBySide = KeywordIndex.Open(_directory.Path, parallelism: 4);
    }

    [Fact]
    public void Index_IsWrittenAsSeveralSegments()
    {
        using var directory = FSDirectory.Open(_directory.Path);
        using var reader = DirectoryReader.Open(directory);

        Assert.Equal(Segments.Length, reader.Leaves.Count);
        Assert.Equal(Segments.Select(s => s * 3), reader.Leaves.Select(l => l.Reader.MaxDoc));
    }

    [Theory]
    [InlineData("was the ferry to Vardo cancelled?", int.MaxValue)]
    [InlineData("how many hours did the council in Vardo meet on the harbour budget?", int.MaxValue)]
    [InlineData("what did Kari Lunde say about the quay?", int.MaxValue)]
    [InlineData("what did Kari Lunde say about the 15 new posts?", 5)]
    [InlineData("ferry storm season posts", 3)]
    public void Search_SegmentsSideBySide_GiveTheListOneAfterAnotherGives(string question, int commonTermDocs)
    {
        var terms = QueryTerms.Analyze(_oneByOne.Analyzer, KeywordIndex.TextField, question);

        var sequential = _oneByOne.Search(terms, 20, commonTermDocs);
        var parallel = _sideBySide.Search(terms, 20, commonTermDocs);

        Assert.NotEmpty(sequential);
        Assert.Equal(sequential, parallel);
    }

    [Theory]
    [InlineData("how many hours did the council in Vardo meet on the harbour budget?", int.MaxValue)]
    [InlineData("what did Kari Lunde say about the 15 new posts?", 5)]
    public async Task Search_HelpersAfterWorkThatNeverEnds_TheCallingThreadSearchesEverySegmentItself(string question, int commonTermDocs)
    {
        var terms = QueryTerms.Analyze(_oneByOne.Analyzer, KeywordIndex.TextField, question);
        var neverEnds = new TaskCompletionSource();

        var sequential = _oneByOne.Search(terms, 20, commonTermDocs);

        // It must not wait for the work beside it: a search that did would never end.
        var gated = await Task.Run(() => _sideBySide.Search(terms, 20, commonTermDocs, helpersAfter: neverEnds.Task)).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(sequential, gated);
    }

    [Theory]
    [InlineData("was the ferry to Vardo cancelled?")]
    [InlineData("what did Kari Lunde say about the quay?")]
    public void Search_HelpersAfterWorkThatHasEnded_GiveTheListOneAfterAnotherGives(string question)
    {
        var terms = QueryTerms.Analyze(_oneByOne.Analyzer, KeywordIndex.TextField, question);

        var sequential = _oneByOne.Search(terms, Segments.Sum() * 3);
        var gated = _sideBySide.Search(terms, Segments.Sum() * 3, helpersAfter: Task.CompletedTask);

        Assert.NotEmpty(sequential);
        Assert.Equal(sequential, gated);
    }

    [Fact]
    public void Search_TieAcrossSegments_BreaksInIndexOrder()
    {
        var terms = QueryTerms.Analyze(_sideBySide.Analyzer, KeywordIndex.TextField, "was the ferry cancelled?");

        var hits = _sideBySide.Search(terms, Segments.Sum());

        // The same sentence in every article scores the same; the first article written comes first, whichever segment holds it.
        Assert.All(hits, h => Assert.Equal(0, h.Ordinal));
        Assert.Single(hits.Select(h => h.Score).Distinct());
        Assert.Equal(Enumerable.Range(0, Segments.Sum()).Select(a => $"a{a:D2}"), hits.Select(h => h.ArticleId));
    }

    [Fact]
    public void Search_WithinArticles_SideBySideGivesTheSameList()
    {
        var terms = QueryTerms.Analyze(_oneByOne.Analyzer, KeywordIndex.TextField, "how many new posts does the quay need?");
        string[] within = ["a00", "a02", "a05", "a11"];

        var sequential = _oneByOne.Search(terms, 20, within: within);
        var parallel = _sideBySide.Search(terms, 20, within: within);

        // Every sentence of those articles and no other: each holds a word asked or has one beside it.
        Assert.Equal(within.Length * 3, sequential.Count);
        Assert.All(sequential, h => Assert.Contains(h.ArticleId, within));
        Assert.Equal(sequential, parallel);
    }

    public void Dispose()
    {
        _oneByOne.Dispose();
        _sideBySide.Dispose();
        _directory.Dispose();
    }
}
