using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Embeddings;
using NewsBot.Learning;
using NewsBot.Ranking;
using NewsBot.Retrieval;
using NewsBot.Tests.Fakes;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Ranking;

/// <summary>
/// A real index on disk (keyword, and vectors from the deterministic fake model where the re-ranker runs): the pool's
/// features as retrieval computes them, and the pool re-ordered by a model.
/// </summary>
public sealed class RerankedRetrievalTests : IDisposable
{
    private const string Question = "When was the Harbour ferry line reopened?";

    private const string Closed = "The Harbour ferry line was closed for repairs over the winter.";

    private const string Reopened = "It reopened on 3 May after new engines were fitted.";

    private const string OtherLine = "The bus line reopened after the bridge works.";

    private readonly TempDirectory _folder = new();
    private readonly TempDirectory _data = new();

    public void Dispose()
    {
        _folder.Dispose();
        _data.Dispose();
    }

    private async Task<CoverageLibrary> LoadAsync(RetrievalOptions options, bool hybrid = true)
    {
        await File.WriteAllTextAsync(_folder.Combine("ferry.txt"), $"Harbour ferry back in service\n\n{Closed}\n\n{Reopened} Passengers queued at the pier before dawn.\n");
        await File.WriteAllTextAsync(_folder.Combine("buses.txt"), $"Bus timetable changes\n\n{OtherLine}\n\nDrivers asked for longer breaks.\n");
        var coverage = Options.Create(new CoverageOptions { Folders = [_folder.Path], DataDirectory = _data.Path });
        var embedding = Options.Create(new EmbeddingOptions());
        var cache = new FileCachingEmbeddingGenerator(new FakeEmbeddingGenerator());
        var library = hybrid
            ? EmbeddedLibrary.Create(coverage, NullLogger<CoverageLibrary>.Instance, Options.Create(options), embedding, new SentenceEmbedder(cache, embedding), cache)
            : EmbeddedLibrary.Create(coverage, retrieval: Options.Create(options));
        await library.LoadAsync();
        return library;
    }

    /// <summary>One stump: a sentence holding the value a when-question asks for scores 1, any other 0.</summary>
    private static RankModel PrefersValues() => new()
    {
        Features = ["value_held"],
        Bias = 0,
        Trees = [new BoostedTree { Weight = 1, Feature = [0], Split = [0.5f], Left = [~0], Right = [~1], Leaves = [0, 1] }],
    };

    [Fact]
    public async Task RankPool_InventedArticles_FeaturesReadTheSentenceItsContextAndItsArticle()
    {
        using var library = await LoadAsync(new RetrievalOptions(), hybrid: false);

        var pool = await library.Current!.RankPoolAsync(Question, null, 10);

        var texts = pool.Passages.Select(p => p.Sentence.Text).ToList();
        var reopened = texts.IndexOf(Reopened);
        var closed = texts.IndexOf(Closed);
        Assert.True(reopened >= 0 && closed >= 0, string.Join(" | ", texts));
        Assert.Equal(pool.Passages.Count, pool.Features.Count);
        float F(int candidate, string name) => pool.Features[candidate][RankFeatures.IndexOf(name)];
        Assert.Equal(reopened, F(reopened, "fused_rank"));
        Assert.Equal(1f, F(reopened, "value_held"));
        Assert.Equal(-1f, F(closed, "value_held"));
        Assert.Equal(0f, F(reopened, "names_sentence"));
        Assert.Equal(1f, F(reopened, "names_context"));
        Assert.Equal(1f, F(closed, "names_sentence"));
        Assert.True(F(reopened, "context_coverage") > F(reopened, "coverage"));
        Assert.Equal((float)pool.Passages[reopened].Coverage, F(reopened, "coverage"));
        Assert.Equal(pool.Passages.Count(p => p.Article.Id == pool.Passages[reopened].Article.Id), F(reopened, "article_count"));
        Assert.Equal(2f / 4, F(reopened, "position"));
        Assert.Equal(1f, pool.Features.Max(f => f[RankFeatures.IndexOf("fused_ratio")]));
    }

    [Fact]
    public async Task Retrieve_WithTheReranker_MovesTheSentenceTheModelPrefersUpAndKeepsScoresDescending()
    {
        using var folder = new TempDirectory();
        var model = folder.Combine("model.json");
        await File.WriteAllTextAsync(model, PrefersValues().ToJson());
        using var plain = await LoadAsync(new RetrievalOptions { Reranker = false });
        var before = await plain.Current!.RetrieveAsync(Question, 5);
        Assert.NotEqual(Reopened, before[0].Sentence.Text);

        using var reranked = await LoadAsync(new RetrievalOptions { Reranker = true, RerankKeep = 0, RerankerModelPath = model });
        var after = await reranked.Current!.RetrieveAsync(Question, 5);

        Assert.Equal(Reopened, after[0].Sentence.Text);
        Assert.Equal(before.Select(p => p.Score), after.Select(p => p.Score));
        Assert.Equal(before.Select(p => p.Sentence.Id).Order(StringComparer.Ordinal), after.Select(p => p.Sentence.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Retrieve_WithTheEmbeddedModel_LiftsTheDatedSentenceOfTheAskedArticleOverTheOtherArticles()
    {
        // The shipped model (Ranking/RankModel.json, read from the assembly as at start) with nothing kept in place: over
        // this pool the three it would keep are the fused three, so the default keep would leave no move to see.
        using var plain = await LoadAsync(new RetrievalOptions { Reranker = false });
        var fused = (await plain.Current!.RetrieveAsync(Question, 10)).Select(p => p.Sentence.Text).ToList();
        Assert.True(fused.IndexOf(Reopened) > fused.IndexOf(OtherLine), string.Join(" | ", fused));
        using var library = await LoadAsync(new RetrievalOptions { RerankKeep = 0 });
        var pool = await library.Current!.RankPoolAsync(Question, null, 10);
        var modelOrder = Reranker.Order(RankModel.Default, pool.Features).Select(i => pool.Passages[i].Sentence.Text);

        var after = (await library.Current!.RetrieveAsync(Question, 10)).Select(p => p.Sentence.Text).ToList();

        Assert.True(after.IndexOf(Reopened) < after.IndexOf(OtherLine), string.Join(" | ", after));
        Assert.Equal(modelOrder, after);
    }

    [Fact]
    public async Task Retrieve_KeepingTheFusedFirst_LeavesItFirst()
    {
        using var folder = new TempDirectory();
        var model = folder.Combine("model.json");
        await File.WriteAllTextAsync(model, PrefersValues().ToJson());
        using var plain = await LoadAsync(new RetrievalOptions { Reranker = false });
        var before = await plain.Current!.RetrieveAsync(Question, 5);

        using var reranked = await LoadAsync(new RetrievalOptions { Reranker = true, RerankKeep = 1, RerankerModelPath = model });
        var after = await reranked.Current!.RetrieveAsync(Question, 5);

        Assert.Equal(before[0].Sentence.Id, after[0].Sentence.Id);
        Assert.Equal(Reopened, after[1].Sentence.Text);
    }

    [Fact]
    public async Task Retrieve_KeywordOnlyIndex_KeepsTheFusedOrderWithTheRerankerOn()
    {
        using var folder = new TempDirectory();
        var model = folder.Combine("model.json");
        await File.WriteAllTextAsync(model, PrefersValues().ToJson());
        using var plain = await LoadAsync(new RetrievalOptions { Reranker = false }, hybrid: false);
        var before = await plain.Current!.RetrieveAsync(Question, 5);

        using var reranked = await LoadAsync(new RetrievalOptions { Reranker = true, RerankKeep = 0, RerankerModelPath = model }, hybrid: false);
        var after = await reranked.Current!.RetrieveAsync(Question, 5);

        Assert.NotEqual(Reopened, before[0].Sentence.Text);
        Assert.Equal(before.Select(p => p.Sentence.Id), after.Select(p => p.Sentence.Id));
    }

    [Fact]
    public async Task Retrieve_DeeperThanRerankDepth_LeavesTheCandidatesPastItInTheFusedOrder()
    {
        using var folder = new TempDirectory();
        var model = folder.Combine("model.json");
        await File.WriteAllTextAsync(model, PrefersValues().ToJson());
        using var plain = await LoadAsync(new RetrievalOptions { Reranker = false });
        var before = await plain.Current!.RetrieveAsync(Question, 5);

        using var reranked = await LoadAsync(new RetrievalOptions { Reranker = true, RerankKeep = 0, RerankDepth = 1, RerankerModelPath = model });
        var after = await reranked.Current!.RetrieveAsync(Question, 5);

        Assert.NotEqual(Reopened, before[0].Sentence.Text);
        Assert.Equal(before.Select(p => p.Sentence.Id), after.Select(p => p.Sentence.Id));
    }
}
