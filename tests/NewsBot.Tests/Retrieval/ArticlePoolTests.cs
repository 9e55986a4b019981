using Microsoft.Extensions.Options;
using NewsBot.Retrieval;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Retrieval;

/// <summary>
/// A real keyword index on disk: a sentence that answers only through what its article is about (the subject named
/// paragraphs earlier, not in it, its headline or its neighbours) is found by scoring articles as wholes.
/// </summary>
public sealed class ArticlePoolTests : IDisposable
{
    private const string Answer = "A Polish armoured brigade from the northern garrison played the enemy for the whole of the week.";

    private readonly TempDirectory _folder = new();
    private readonly TempDirectory _data = new();

    public void Dispose()
    {
        _folder.Dispose();
        _data.Dispose();
    }

    private async Task<IReadOnlyList<Passage>> RetrieveAsync(string question, RetrievalOptions options)
    {
        await File.WriteAllTextAsync(
            _folder.Combine("manoeuvres.txt"),
            "Spring manoeuvres on the plains\n\nThe Harrow Shield exercise opened on Monday with nine thousand troops.\n\nTanks crossed the river at dawn. Engineers built two bridges before noon.\n\nMedics set up a field hospital near the village. " + Answer + "\n\nThe troops go home on Sunday.\n");
        string[] others =
        [
            "Film review\n\nLocal actors played the enemy.",
            "School play\n\nThe older pupils played the enemy.",
            "Cup match\n\nThe visitors played the enemy well.",
            "Board games\n\nTwo brothers played the enemy.",
            "Drama club\n\nVolunteers played the enemy.",
            "Reenactment\n\nFarmers played the enemy.",
            "Summer camp\n\nThe leaders played the enemy.",
            "Chess night\n\nThe champion played the enemy.",
            "Old film\n\nTwo stars played the enemy.",
        ];
        for (var i = 0; i < others.Length; i++)
        {
            await File.WriteAllTextAsync(_folder.Combine($"other{i}.txt"), others[i]);
        }

        var coverage = Options.Create(new CoverageOptions { Folders = [_folder.Path], DataDirectory = _data.Path });
        using var library = EmbeddedLibrary.Create(coverage, retrieval: Options.Create(options));
        await library.LoadAsync();
        return await library.Current!.RetrieveAsync(question, 10);
    }

    private static int RankOf(IReadOnlyList<Passage> passages, string text) =>
        passages.ToList().FindIndex(p => p.Sentence.Text == text) is var i and >= 0 ? i + 1 : int.MaxValue;

    [Fact]
    public async Task Retrieve_SentenceAnsweringThroughItsArticlesSubject_RanksInTheTopFiveWithTheArticlePool()
    {
        var passages = await RetrieveAsync("Who played the enemy in the Harrow Shield exercise?", new RetrievalOptions { ArticlePool = 3, ArticleWeight = 0.4 });

        Assert.InRange(RankOf(passages, Answer), 1, 5);
    }

    [Fact]
    public async Task Retrieve_SentenceAnsweringThroughItsArticlesSubject_IsOutrankedBySentencesAloneWithoutTheArticlePool()
    {
        var passages = await RetrieveAsync("Who played the enemy in the Harrow Shield exercise?", new RetrievalOptions { ArticlePool = 0 });

        Assert.True(RankOf(passages, Answer) > 5, $"rank {RankOf(passages, Answer)}");
    }

    [Fact]
    public async Task Retrieve_ArticlePoolWithoutWeight_KeepsEachSentencesOwnScore()
    {
        var alone = await RetrieveAsync("Who played the enemy in the Harrow Shield exercise?", new RetrievalOptions { ArticlePool = 0 });
        var pooled = await RetrieveAsync("Who played the enemy in the Harrow Shield exercise?", new RetrievalOptions { ArticlePool = 3, ArticleWeight = 0 });

        // The pool only adds sentences of the likeliest articles; a sentence found either way keeps its BM25 score.
        var both = alone.Join(pooled, a => a.Sentence.Id, p => p.Sentence.Id, (a, p) => (Alone: a.Score, Pooled: p.Score)).ToList();
        Assert.True(both.Count >= 5, $"{both.Count} in both");
        Assert.All(both, pair => Assert.Equal(pair.Alone, pair.Pooled, 5));
    }
}
