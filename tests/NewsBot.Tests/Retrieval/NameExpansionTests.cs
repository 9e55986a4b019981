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
            "What did Ottawa ban?",
            "City news\n\nThe mayor banned the traffic plan.",
            "Trade\n\nThe trade minister of Canada banned the imports.");

        Assert.Equal("The trade minister of Canada banned the imports.", top[0]);
    }

    [Fact]
    public async Task Retrieve_AStandInOfSeveralWords_FindsTheCountry()
    {
        var top = await TopSentencesAsync(
            "Which museums did Downing Street fund?",
            "Culture\n\nThe carmaker funded three museums in its home town.",
            "Arts\n\nThe British government funded two museums in Leeds.");

        Assert.Equal("The British government funded two museums in Leeds.", top[0]);
    }

    [Fact]
    public async Task Retrieve_AnotherFormWeighsLessThanTheNameTheQuestionWrites()
    {
        var top = await TopSentencesAsync(
            "What did Ottawa unveil?",
            "Budget\n\nCanada unveiled a housing budget.",
            "Budget again\n\nOttawa unveiled a housing budget.");

        Assert.Equal(["Ottawa unveiled a housing budget.", "Canada unveiled a housing budget."], top.Take(2));
    }

    /// <summary>
    /// "Portugal" is in most sentences and "Lisbon" in one: scored by its own idf the common name found almost nothing, and
    /// the one sentence that writes the capital outranked the one that answers with the country's name.
    /// </summary>
    [Fact]
    public async Task Retrieve_ACommonNameOfTheActorTheQuestionCallsByItsCapital_WeighsAsTheCapital()
    {
        var exports = string.Join(' ', Enumerable.Range(1, 12).Select(week => $"Portugal exported more goods in week {week}."));
        var staff = string.Join(' ', Enumerable.Range(1, 4).Select(week => $"A member of staff said the figures for week {week} were late."));
        var top = await TopSentencesAsync(
            "How long has Lisbon been a member?",
            $"Trade figures\n\n{exports} {staff}",
            "Talks\n\nOfficials in Lisbon met on Monday.",
            "Membership\n\nPortugal has been a member for 70 years.");

        Assert.Equal("Portugal has been a member for 70 years.", top[0]);
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
            "What did the alliance approve in Lisbon?",
            "Pay\n\nBusiness leaders approved a pay deal in Lisbon.",
            "Summit\n\nNato leaders approved a new air-defence plan in Lisbon.");

        Assert.Equal("Nato leaders approved a new air-defence plan in Lisbon.", top[0]);
    }

    [Fact]
    public async Task Retrieve_APartyByAnotherOfItsNames_FindsTheSentenceNamingIt()
    {
        var top = await TopSentencesAsync(
            "How many schools did the Tories pledge?",
            "Schools\n\nThe union pledged to fight for more schools.",
            "Manifesto\n\nThe Conservative Party pledged 300 new schools.");

        Assert.Equal("The Conservative Party pledged 300 new schools.", top[0]);
    }

    [Theory]
    [InlineData("What did the top diplomat sign?")]
    [InlineData("what did the FM sign?")]
    public async Task Retrieve_AnOfficeByAReadersName_FindsTheSentenceNamingItAsNewsDoes(string question)
    {
        var top = await TopSentencesAsync(
            question,
            "Fishing\n\nThe top trade official signed a fishing deal.",
            "Border\n\nThe foreign minister signed the border treaty.");

        Assert.Equal("The foreign minister signed the border treaty.", top[0]);
    }

    /// <summary>Asked for an institution's head, the keyword search finds the sentence naming the office its head holds.</summary>
    [Theory]
    [InlineData("Who is the head of Nato?")]
    [InlineData("who is Nato's chief?")]
    public async Task Retrieve_AnInstitutionsHead_FindsTheSentenceNamingItsOffice(string question)
    {
        var top = await TopSentencesAsync(
            question,
            "Drills\n\nNato ships and Nato jets sailed to the Baltic for the Nato drills.",
            "Summit\n\nNato's secretary general, Kari Lunde, opened the summit.");

        Assert.Equal("Nato's secretary general, Kari Lunde, opened the summit.", top[0]);
    }
}
