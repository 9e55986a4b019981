using System.Globalization;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NewsBot.Retrieval.Mapped;
using NewsBot.Tests.Infrastructure;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace NewsBot.Tests.Retrieval.Mapped;

/// <summary>
/// A real Lucene index on disk read through <see cref="MappedDirectory"/>: searched, checked, reopened after changes and
/// merges, and searched by several threads while changes reopen it.
/// </summary>
public sealed class MappedDirectoryTests
{
    private const string Body = "text";
    private static readonly string[] Words = ["harbour", "quay", "mill", "storm", "ferry", "council", "budget", "school", "river", "bridge", "strike", "vote"];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Search_IndexWithOrWithoutCompoundFiles_FindsWhatPositionalReadsFind(bool compound)
    {
        using var data = new TempDirectory();
        using (var directory = new MappedDirectory(data.Path))
        using (var writer = new IndexWriter(directory, Config(compound)))
        {
            for (var i = 0; i < 3_000; i++)
            {
                writer.AddDocument(Sentence(i, Text(i)));
                if (i % 1_000 == 999)
                {
                    writer.Commit();
                }
            }
        }

        using var mapped = new MappedDirectory(data.Path);
        using var positional = new NIOFSDirectory(data.Path);
        using var mappedReader = DirectoryReader.Open(mapped);
        using var positionalReader = DirectoryReader.Open(positional);

        Assert.Equal(compound, mapped.ListAll().Any(f => f.EndsWith(".cfs", StringComparison.Ordinal)));
        Assert.Equal(3, mappedReader.Leaves.Count);
        foreach (var leaf in mappedReader.Leaves)
        {
            leaf.AtomicReader.CheckIntegrity();
        }

        foreach (var query in Words.Select(w => Query(w, Words[(Array.IndexOf(Words, w) + 5) % Words.Length])))
        {
            Assert.Equal(Hits(positionalReader, query), Hits(mappedReader, query));
        }

        Assert.Equal(positionalReader.Document(1_234).Get("id", CultureInfo.InvariantCulture), mappedReader.Document(1_234).Get("id", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Reopen_AfterChangesAndMerges_FindsTheChangesAndUnmapsTheFilesNoReaderHolds()
    {
        using var data = new TempDirectory();
        using var directory = new MappedDirectory(data.Path);
        using var writer = new IndexWriter(directory, Config(compound: true));
        for (var i = 0; i < 500; i++)
        {
            writer.AddDocument(Sentence(i, Text(i)));
        }

        writer.Commit();
        var reader = DirectoryReader.Open(directory);

        for (var round = 0; round < 20; round++)
        {
            writer.UpdateDocument(new Term("id", $"{round}"), Sentence(round, $"changed round{round} {Text(round)}"));
            writer.Commit();
            var reopened = DirectoryReader.OpenIfChanged(reader);
            Assert.NotNull(reopened);
            reader.Dispose();
            reader = reopened;
        }

        writer.ForceMerge(1);
        writer.Commit();
        using (var merged = DirectoryReader.OpenIfChanged(reader))
        {
            reader.Dispose();

            Assert.Single(merged!.Leaves);
            Assert.Equal(500, merged.NumDocs);
            Assert.Equal(1, Count(merged, new TermQuery(new Term(Body, "round19"))));
            Assert.Equal(0, Count(merged, new TermQuery(new Term(Body, "round20"))));
            Assert.Equal(OperatingSystem.IsLinux(), MappedFiles(data.Path).Count > 0);
            Assert.DoesNotContain(MappedFiles(data.Path), f => f.EndsWith("(deleted)", StringComparison.Ordinal));
        }

        writer.Dispose();
        Assert.Empty(MappedFiles(data.Path));
    }

    [Fact]
    public async Task Search_FromManyThreadsWhileChangesReopenTheReader_AlwaysFindsTheUnchangedDocuments()
    {
        using var data = new TempDirectory();
        using var directory = new MappedDirectory(data.Path);
        using var writer = new IndexWriter(directory, Config(compound: true));
        for (var i = 0; i < 2_000; i++)
        {
            writer.AddDocument(Sentence(i, Text(i)));
        }

        writer.Commit();
        using var searchers = new SearcherManager(writer, applyAllDeletes: true, null);
        var expected = Words.ToDictionary(w => w, w => Count(searchers, w));
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var changing = true;

        var readers = Enumerable.Range(0, 4).Select(t => Task.Run(() =>
        {
            var searches = 0;
            while (Volatile.Read(ref changing) || searches < 200)
            {
                var word = Words[(t + searches++) % Words.Length];
                if (Count(searchers, word) is var found && found != expected[word])
                {
                    failures.Add($"{word}: {found} hits, not {expected[word]}");
                }
            }
        })).ToArray();
        for (var round = 0; round < 40; round++)
        {
            writer.AddDocument(Sentence(10_000 + round, $"churn{round} added while searching"));
            writer.DeleteDocuments(new Term("id", $"{10_000 + round - 1}"));
            writer.Commit();
            searchers.MaybeRefreshBlocking();
        }

        Volatile.Write(ref changing, false);
        await Task.WhenAll(readers);

        Assert.Empty(failures);
        Assert.Equal(1, Count(searchers, "churn39"));
        Assert.Equal(0, Count(searchers, "churn38"));
    }

    private static IndexWriterConfig Config(bool compound)
    {
        var policy = new TieredMergePolicy { NoCFSRatio = compound ? 1.0 : 0.0 };
        return new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))
        {
            UseCompoundFile = compound,
            MergePolicy = policy,
        };
    }

    /// <summary>A few of the words, chosen by the document's number, so each word is in a different set of documents.</summary>
    private static string Text(int i) => string.Join(' ', Words.Where((_, w) => (i * 31 + w * 17) % (w + 2) == 0).DefaultIfEmpty("nothing"));

    private static Document Sentence(int id, string text) =>
    [
        new StringField("id", $"{id}", Field.Store.YES),
        new TextField(Body, text, Field.Store.NO),
    ];

    private static BooleanQuery Query(string first, string second) =>
    [
        new BooleanClause(new TermQuery(new Term(Body, first)), Occur.SHOULD),
        new BooleanClause(new TermQuery(new Term(Body, second)), Occur.SHOULD),
    ];

    private static List<(int Doc, float Score)> Hits(IndexReader reader, Query query) =>
        new IndexSearcher(reader).Search(query, 50).ScoreDocs.Select(d => (d.Doc, d.Score)).ToList();

    private static int Count(IndexReader reader, Query query) => new IndexSearcher(reader).Search(query, 1).TotalHits;

    private static int Count(SearcherManager searchers, string word)
    {
        var searcher = searchers.Acquire();
        try
        {
            return searcher.Search(new TermQuery(new Term(Body, word)), 1).TotalHits;
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>The files of <paramref name="folder"/> this process has mapped (Linux's list of its mappings; none elsewhere).</summary>
    private static List<string> MappedFiles(string folder) =>
        File.Exists("/proc/self/maps")
            ? File.ReadLines("/proc/self/maps").Where(l => l.Contains(folder, StringComparison.Ordinal)).Select(l => l[l.IndexOf('/', StringComparison.Ordinal)..]).ToList()
            : [];
}
