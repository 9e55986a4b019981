using Microsoft.Extensions.Options;
using NewsBot.Embeddings;
using NewsBot.Ingestion;
using NewsBot.Retrieval;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Retrieval;

/// <summary>The coverage store seam: changes applied by article, generations published, and reopened without the sources.</summary>
public sealed class CoverageStoreTests
{
    [Fact]
    public async Task ApplyAsync_AddChangeRemove_SearchFollowsEachGeneration()
    {
        using var data = new TempDirectory();
        using var library = EmbeddedLibrary.Create(Coverage(data.Path));

        var first = await library.ApplyAsync([Put("quay", "Quay reopens", "The harbour quay reopened to container ships on Monday.")]);
        var firstHits = await first.RetrieveAsync("when did the quay reopen", 3);
        var second = await library.ApplyAsync([Put("quay", "Quay closes", "The harbour quay closed again after a storm on Friday."), Put("mill", "Mill sold", "The paper mill was sold to a cooperative.")]);
        var secondHits = await second.RetrieveAsync("what happened at the quay", 3);
        var third = await library.ApplyAsync([CoverageChange.Remove("quay")]);
        var thirdHits = await third.RetrieveAsync("what happened at the quay", 3);

        Assert.Equal([1L, 2L, 3L], new[] { first.Generation, second.Generation, third.Generation });
        Assert.Contains(firstHits, p => p.Sentence.Text.Contains("reopened", StringComparison.Ordinal));
        Assert.Contains(secondHits, p => p.Sentence.Text.Contains("closed again", StringComparison.Ordinal));
        Assert.DoesNotContain(secondHits, p => p.Sentence.Text.Contains("reopened", StringComparison.Ordinal));
        Assert.DoesNotContain(thirdHits, p => p.Article.Id == "quay");
        Assert.Equal(["mill"], third.Corpus.Articles.Select(a => a.Id));
    }

    [Fact]
    public async Task OpenAsync_NewStoreOverThePublishedGeneration_ServesTheSameArticlesWithoutTheirSources()
    {
        using var data = new TempDirectory();
        var article = (await ArticleFolderReader.ReadFileAsync(TestPaths.SeedArticle)).Single().Article!;
        long generation;
        using (var library = EmbeddedLibrary.Create(Coverage(data.Path)))
        {
            generation = (await library.ApplyAsync([CoverageChange.Put(article, "hash-1")], generation: 41)).Generation;
        }

        using var reopened = EmbeddedLibrary.Create(Coverage(data.Path));
        var index = await reopened.OpenAsync();

        Assert.NotNull(index);
        Assert.Equal(41, generation);
        Assert.Equal(41, index.Generation);
        Assert.Equal("hash-1", index.ArticleHashes[article.Id]);
        var stored = Assert.Single(index.Corpus.Articles);
        Assert.Equal(article.Headline, stored.Headline);
        Assert.Equal(article.Date, stored.Date);
        Assert.Equal(article.Sentences.Select(s => (s.Text, s.Start, s.Paragraph, s.Role)), stored.Sentences.Select(s => (s.Text, s.Start, s.Paragraph, s.Role)));
        Assert.NotEmpty(await index.RetrieveAsync("draft agreement on security guarantees", 3));
    }

    [Fact]
    public async Task ApplyAsync_ChangeWithItsVectors_DoesNotRunTheModel()
    {
        using var data = new TempDirectory();
        var model = new FakeEmbeddingGenerator();
        var embedding = Options.Create(new EmbeddingOptions());
        using var library = EmbeddedLibrary.Create(Coverage(data.Path), embedding: embedding, embedder: new SentenceEmbedder(model, embedding, new FakeEmbeddingGenerator()));
        var article = Article("quay", "Quay reopens", "The harbour quay reopened to container ships on Monday.");
        var vectors = (await new FakeEmbeddingGenerator().GenerateAsync(article.Sentences.Select(s => s.Text))).Select(e => e.Vector).ToList();

        var index = await library.ApplyAsync([CoverageChange.Put(article, "h", vectors)]);
        var hits = await index.RetrieveAsync("when did the quay reopen", 3);

        Assert.Equal(0, model.CallCount);
        Assert.True(index.IsHybrid);
        Assert.Contains(hits, p => p.Similarity > 0.3);
    }

    private static IOptions<CoverageOptions> Coverage(string data) =>
        Options.Create(new CoverageOptions { Folders = [Path.Combine(data, "no-sources")], DataDirectory = data });

    private static CoverageChange Put(string id, string headline, string body) => CoverageChange.Put(Article(id, headline, body), $"{id}:{body.Length}");

    private static Article Article(string id, string headline, string body) =>
        PlainTextArticleParser.Parse(id, id + ".txt", $"{headline}\n\n{body}");
}
