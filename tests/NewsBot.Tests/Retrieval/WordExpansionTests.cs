using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Retrieval;

/// <summary>A real keyword index on disk: a question's words reach the sentences that say the same thing in other words.</summary>
public sealed class WordExpansionTests
{
    private static async Task<IReadOnlyList<NewsBot.Retrieval.Passage>> RetrieveAsync(string question, params string[] articles)
    {
        using var folder = new TempDirectory();
        for (var i = 0; i < articles.Length; i++)
        {
            await File.WriteAllTextAsync(folder.Combine($"{i}.txt"), articles[i]);
        }

        using var coverage = await TestCoverage.LoadAsync(folder.Path);
        return await coverage.Library.Current!.RetrieveAsync(question, 5);
    }

    [Fact]
    public async Task Retrieve_ASynonymOfTheQuestionsVerb_OutranksASentenceWithTheNounAlone()
    {
        var top = await RetrieveAsync(
            "Who bought the brewery?",
            "Town news\n\nThe brewery closed.",
            "Deal\n\nA regional group purchased the old brewery on the river last spring.");

        Assert.Equal("A regional group purchased the old brewery on the river last spring.", top[0].Sentence.Text);
    }

    [Fact]
    public async Task Retrieve_APhrasalVerbWrittenAsOneWord_CountsInCoverage()
    {
        var top = await RetrieveAsync(
            "Who turned down the harbour plan?",
            "Council\n\nThe council rejected the harbour plan on Monday.");

        // "turn" and "down" are held at the synonym's partial credit; without it the sentence holds neither.
        Assert.InRange(top[0].Coverage, 0.6, 0.99);
    }

    [Fact]
    public async Task Retrieve_AnIrregularFormOfTheQuestionsVerb_CountsAsTheVerbItself()
    {
        var top = await RetrieveAsync(
            "Did villagers flee the floods?",
            "Floods\n\nEvery year hundreds of villagers fled the floods.");

        Assert.Equal(1, top[0].Coverage, 3);
    }
}
