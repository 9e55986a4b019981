using Microsoft.Extensions.Options;
using NewsBot.Retrieval;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Retrieval;

/// <summary>A real keyword index on disk: a question's words reach the sentences that say the same thing in other words.</summary>
public sealed class WordExpansionTests
{
    /// <summary>Synonyms are not searched by default (their search cost at 100k articles); these tests turn them on at the documented weight.</summary>
    private static Task<IReadOnlyList<Passage>> RetrieveAsync(string question, params string[] articles) =>
        RetrieveAsync(new RetrievalOptions { SynonymWeight = 0.3f }, question, articles);

    private static async Task<IReadOnlyList<Passage>> RetrieveAsync(RetrievalOptions options, string question, params string[] articles)
    {
        using var folder = new TempDirectory();
        using var data = new TempDirectory();
        for (var i = 0; i < articles.Length; i++)
        {
            await File.WriteAllTextAsync(folder.Combine($"{i}.txt"), articles[i]);
        }

        var coverage = Options.Create(new CoverageOptions { Folders = [folder.Path], DataDirectory = data.Path });
        var retrieval = Options.Create(options);
        using var library = EmbeddedLibrary.Create(coverage, retrieval: retrieval);
        await library.LoadAsync();
        return await library.Current!.RetrieveAsync(question, 5);
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

    [Fact]
    public async Task Retrieve_ASynonymAlone_ReranksTheFoundSentencesButFindsNoOtherSentence()
    {
        var top = await RetrieveAsync(
            "Who bought the brewery?",
            "Market\n\nInvestors purchased shares in a shipping firm.",
            "Deal\n\nA regional group purchased the old brewery on the river last spring.");

        // The shipping sentence holds the synonym and no word of the question: searching a synonym on its own would
        // score its postings over the whole index, which is what the re-ranking bound saves on a large corpus.
        Assert.Equal(["A regional group purchased the old brewery on the river last spring."], top.Select(p => p.Sentence.Text).Where(t => t.Contains("purchased", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Retrieve_SynonymsUnsearchedByDefault_StillCountInCoverage()
    {
        const string Article = "Deal\n\nA regional group purchased the old brewery on the river last spring.";

        var byDefault = await RetrieveAsync(new RetrievalOptions(), "Who bought the brewery?", Article);
        var searched = await RetrieveAsync("Who bought the brewery?", Article);
        var uncredited = await RetrieveAsync(new RetrievalOptions { SynonymCredit = 0 }, "Who bought the brewery?", Article);

        // "purchased" holds "bought" at the synonym's credit whether or not synonyms are searched; without the credit
        // only "brewery" is held (the irregular forms of "bought" are "buy", not "purchase").
        Assert.Equal(searched[0].Coverage, byDefault[0].Coverage, 3);
        Assert.True(byDefault[0].Coverage > uncredited[0].Coverage + 0.1, $"{byDefault[0].Coverage} against {uncredited[0].Coverage}");
    }

    [Fact]
    public async Task Retrieve_TheVerbsOwnNoun_CountsInCoverageBesideItsManySynonyms()
    {
        const string Article = "League\n\nVardo has submitted its application to join the northern league.";

        var credited = await RetrieveAsync(new RetrievalOptions(), "Did Vardo apply to join the northern league?", Article);
        var uncredited = await RetrieveAsync(new RetrievalOptions { SynonymCredit = 0 }, "Did Vardo apply to join the northern league?", Article);

        // "apply" has more synonyms than the bound ("use", "employ", …) before its noun "application": the noun is
        // bounded apart, so it still holds "apply" at the synonym's credit.
        Assert.True(credited[0].Coverage > uncredited[0].Coverage + 0.05, $"{credited[0].Coverage} against {uncredited[0].Coverage}");
    }
}
