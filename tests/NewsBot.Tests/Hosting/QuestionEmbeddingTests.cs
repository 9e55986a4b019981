using Microsoft.Extensions.DependencyInjection;
using NewsBot.Embeddings;
using NewsBot.Retrieval;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Hosting;

/// <summary>
/// Readers' questions are embedded for the search but never join the persistent cache of sentence vectors, which holds
/// nothing in memory between builds.
/// </summary>
public sealed class QuestionEmbeddingTests
{
    [Fact]
    public async Task Message_NewQuestion_LeavesThePassageCacheUnchanged()
    {
        using var factory = new NewsBotFactory();
        var client = factory.CreateClient();
        var library = factory.Services.GetRequiredService<CoverageLibrary>();
        var passageCache = factory.Services.GetRequiredService<FileCachingEmbeddingGenerator>();
        Assert.True(library.Current!.IsHybrid);
        Assert.Equal(0, passageCache.Count);

        var replies = await Activities.ExchangeAsync(client, Activities.Message("which weapons would the proposed treaty restrict?"));

        Assert.Contains("weapons", replies.OfType("message").Single().Text(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, passageCache.Count);
    }
}
