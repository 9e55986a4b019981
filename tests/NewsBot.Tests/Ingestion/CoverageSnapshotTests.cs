using System.Runtime.CompilerServices;
using NewsBot.Ingestion;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Ingestion;

public sealed class CoverageSnapshotTests
{
    [Fact]
    public async Task ReleaseArticles_SnapshotStillHeld_ArticlesAreFreedAndKeysKept()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("corpus.jsonl");
        await File.WriteAllLinesAsync(path,
        [
            """{"id": "quay", "title": "Quay reopens", "date": "2022-03-10", "text": "The Vardo harbour quay reopened to grain ships on Monday."}""",
            """{"id": "mill", "title": "Mill sold", "date": "2022-03-11", "text": "The Bergen paper mill was sold to a workers' cooperative."}""",
        ]);
        var snapshot = await CoverageSnapshot.CollectAsync(JsonLinesArticleReader.ReadAsync(path));

        // The collection's continuation may run inline on the thread that finished reading, under the reader's frames
        // (CoverageSnapshot.ReleaseArticles says why): those frames are not the snapshot's, so this test leaves them first.
        await Task.Yield();
        var parsed = Watch(snapshot);

        snapshot.ReleaseArticles();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.Empty(snapshot.Articles);
        Assert.Equal(["mill", "quay"], snapshot.Keys.Keys.Order(StringComparer.Ordinal));
        Assert.All(parsed, article => Assert.False(article.IsAlive, "a released article is still reachable from the snapshot"));
        GC.KeepAlive(snapshot);
    }

    /// <summary>Weak references to the snapshot's articles, taken in a frame of its own so that none stays on this stack.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static List<WeakReference> Watch(CoverageSnapshot snapshot)
    {
        Assert.Equal(2, snapshot.Articles.Count);
        return snapshot.Articles.Select(a => new WeakReference(a)).ToList();
    }
}
