using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Retrieval;

/// <summary>A real keyword index on disk: a question's names reach the sentences that use another form of them.</summary>
public sealed class NameExpansionTests
{
    private static async Task<IReadOnlyList<string>> TopSentencesAsync(string question, params string[] articles)
    {
        using var folder = new TempDirectory();
        for (var i = 0; i < articles.Length; i++)
        {
            await File.WriteAllTextAsync(folder.Combine($"{i}.txt"), articles[i]);
        }

        using var coverage = await TestCoverage.LoadAsync(folder.Path);
        var passages = await coverage.Library.Current!.RetrieveAsync(question, 5);
        return passages.Select(p => p.Sentence.Text).ToList();
    }

    [Fact]
    public async Task Retrieve_ACapitalForItsGovernment_FindsTheSentenceNamingTheCountry()
    {
        var top = await TopSentencesAsync(
            "What did Tokyo condemn?",
            "City news\n\nThe mayor condemned the traffic plan.",
            "Invasion\n\nThe prime minister of Japan condemned the invasion.");

        Assert.Equal("The prime minister of Japan condemned the invasion.", top[0]);
    }

    [Fact]
    public async Task Retrieve_AStandInOfSeveralWords_FindsTheCountry()
    {
        var top = await TopSentencesAsync(
            "How many patrol boats did Downing Street promise?",
            "Fleet\n\nThe carmaker promised 500 patrol boats for its fleet.",
            "Aid\n\nThe British government promised 120 patrol boats.");

        Assert.Equal("The British government promised 120 patrol boats.", top[0]);
    }

    [Fact]
    public async Task Retrieve_AnotherFormWeighsLessThanTheNameTheQuestionWrites()
    {
        var top = await TopSentencesAsync(
            "What did Tokyo announce?",
            "Stimulus\n\nJapan announced a stimulus package.",
            "Stimulus again\n\nTokyo announced a stimulus package.");

        Assert.Equal(["Tokyo announced a stimulus package.", "Japan announced a stimulus package."], top.Take(2));
    }

    [Fact]
    public async Task Retrieve_AFormOfSeveralWords_MatchesOnlyAsAPhrase()
    {
        var top = await TopSentencesAsync(
            "What sanctions did Washington announce?",
            "Sanctions\n\nOfficials announced sanctions at a white-painted house.",
            "Sanctions\n\nThe White House announced sanctions on Friday after a long meeting with its allies.");

        Assert.Equal("The White House announced sanctions on Friday after a long meeting with its allies.", top[0]);
    }

    [Fact]
    public async Task Retrieve_TheAllianceInTheQuestion_FindsNato()
    {
        var top = await TopSentencesAsync(
            "What did the alliance agree in Madrid?",
            "Pay\n\nBusiness leaders agreed a pay deal in Madrid.",
            "Summit\n\nNato leaders agreed a new strategic concept in Madrid.");

        Assert.Equal("Nato leaders agreed a new strategic concept in Madrid.", top[0]);
    }
}
