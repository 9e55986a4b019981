using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NewsBot.Retrieval;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Retrieval;

/// <summary>
/// The change writer's merge policy keeps the segments a stream of one-article commits leaves few, and leaves the
/// large segments (a build's) alone.
/// </summary>
public sealed class ChangeMergePolicyTests
{
    [Fact]
    public void Commits_ThirtyOneDocumentChanges_LeaveOneSegment()
    {
        using var data = new TempDirectory();
        using var directory = FSDirectory.Open(data.Path);
        using var writer = new IndexWriter(directory, Config(new ChangeMergePolicy()));

        for (var i = 0; i < 30; i++)
        {
            writer.AddDocument(Sentence($"change {i} of the harbour quay"));
            writer.Commit();
        }

        writer.Commit();
        Assert.Single(SegmentNames(directory));
        Assert.Equal(30, writer.NumDocs);
    }

    [Fact]
    public void CommitDelta_AfterEachChangeWithMergesInTheBackground_EveryCommitHoldsOneSegment()
    {
        using var data = new TempDirectory();
        using var directory = FSDirectory.Open(data.Path);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new NewsAnalyzer()) { MergePolicy = new ChangeMergePolicy() });
        var counts = new List<int>();

        for (var i = 0; i < 10; i++)
        {
            writer.AddDocument(Sentence($"change {i} of the harbour quay"));
            writer.SetCommitData(new Dictionary<string, string> { ["generation"] = $"{i}" });
            writer.Commit();
            ChangeMergePolicy.CommitDelta(writer);
            counts.Add(SegmentNames(directory).Count);
        }

        Assert.Equal([1, 1, 1, 1, 1, 1, 1, 1, 1, 1], counts);
        Assert.Equal("9", writer.CommitData["generation"]);
    }

    [Fact]
    public void Commits_BesideALargeSegment_MergeOnlyTheSmallOnesAndKeepTheLargeOne()
    {
        using var data = new TempDirectory();
        using var directory = FSDirectory.Open(data.Path);
        using (var build = new IndexWriter(directory, Config(new LogByteSizeMergePolicy())))
        {
            for (var i = 0; i < 3000; i++)
            {
                build.AddDocument(Sentence($"sentence {i} of the build about the paper mill and its {i % 97} owners"));
            }

            build.Commit();
        }

        var large = SegmentNames(directory).Single();
        using var writer = new IndexWriter(directory, Config(new ChangeMergePolicy(deltaMB: 0.02)));

        for (var i = 0; i < 12; i++)
        {
            writer.AddDocument(Sentence($"change {i} of the harbour quay"));
            writer.Commit();
        }

        writer.Commit();
        var segments = SegmentNames(directory);
        Assert.Equal(2, segments.Count);
        Assert.Contains(large, segments);
        Assert.Equal(3012, writer.NumDocs);
    }

    private static IndexWriterConfig Config(MergePolicy policy) =>
        new(LuceneVersion.LUCENE_48, new NewsAnalyzer()) { MergePolicy = policy, MergeScheduler = new SerialMergeScheduler() };

    private static Document Sentence(string text) => [new TextField(KeywordIndex.TextField, text, Field.Store.NO)];

    private static List<string> SegmentNames(Lucene.Net.Store.Directory directory)
    {
        var infos = new SegmentInfos();
        infos.Read(directory);
        return infos.Segments.Select(s => s.Info.Name).ToList();
    }
}
