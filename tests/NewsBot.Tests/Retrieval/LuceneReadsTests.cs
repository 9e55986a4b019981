using Microsoft.Extensions.Options;
using NewsBot.Ingestion;
using NewsBot.Retrieval;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Retrieval;

/// <summary>
/// The store's Lucene files read memory-mapped through NewsBot's directory (the default), through Lucene.NET's, or with
/// positional reads give the same answers.
/// </summary>
public sealed class LuceneReadsTests
{
    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public async Task Store_ChangedThenReopened_FindsTheChangedSentenceEveryWay(bool memoryMapped, bool luceneMMapDirectory)
    {
        using var data = new TempDirectory();
        var coverage = Options.Create(new CoverageOptions { Folders = [Path.Combine(data.Path, "no-sources")], DataDirectory = data.Path, MemoryMappedReads = memoryMapped, LuceneMMapDirectory = luceneMMapDirectory });
        using (var store = EmbeddedLibrary.Store(coverage))
        using (var library = new CoverageLibrary(store, coverage, Microsoft.Extensions.Logging.Abstractions.NullLogger<CoverageLibrary>.Instance))
        {
            await library.ApplyAsync([Put("quay", "Quay reopens", "The harbour quay reopened on Monday."), Put("mill", "Mill sold", "The paper mill was sold to a cooperative.")]);
            await library.ApplyAsync([Put("quay", "Quay closes", "Storm damage closed the breakwater for a week.")]);
        }

        using var reopened = EmbeddedLibrary.Create(coverage);
        var index = await reopened.OpenAsync();
        var hits = await index!.RetrieveAsync("what closed the breakwater", 3);

        Assert.Equal(2, index.Generation);
        Assert.Equal("Storm damage closed the breakwater for a week.", hits[0].Sentence.Text);
        Assert.DoesNotContain(await index.RetrieveAsync("when did the quay reopen", 3), p => p.Sentence.Text.Contains("reopened", StringComparison.Ordinal));
    }

    private static CoverageChange Put(string id, string headline, string body) =>
        CoverageChange.Put(PlainTextArticleParser.Parse(id, id + ".txt", $"{headline}\n\n{body}"), $"{id}:{body}");
}
