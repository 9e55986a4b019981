using NewsBot.Retrieval;
using NewsBot.Tests.Infrastructure;

namespace NewsBot.Tests.Retrieval;

public sealed class CoverageIndexTests
{
    [Fact]
    public async Task Retrieve_DateQuestion_FindsTheDecemberSentenceFirst()
    {
        using var coverage = await TestCoverage.LoadAsync(TestPaths.Seeds);

        var passages = await coverage.Library.Current!.RetrieveAsync("what did Russia propose on December 17?", 5);

        Assert.StartsWith("On December 17, 2021, the Russian Foreign Ministry released", passages[0].Sentence.Text, StringComparison.Ordinal);
        Assert.InRange(passages[0].Coverage, 0.5, 1.0);
        Assert.True(passages[0].Score > passages[1].Score);
    }

    [Theory]
    [InlineData("what did Russia propose?")]
    [InlineData("\"draft agreement\" AND (NATO OR \"")]
    [InlineData("title:NATO -Russia +Ukraine~2 ^3 * ? \\ / [a TO z] {x}")]
    [InlineData("Geneva: January 10!!!")]
    [InlineData("   ")]
    [InlineData("???")]
    public async Task Retrieve_QuestionWithQuerySyntax_NeverThrows(string question)
    {
        using var coverage = await TestCoverage.LoadAsync(TestPaths.Seeds);

        var passages = await coverage.Library.Current!.RetrieveAsync(question, 10);

        Assert.All(passages, p => Assert.InRange(p.Coverage, 0.0, 1.0));
    }

    [Fact]
    public async Task Retrieve_ANameTypedWithASlip_FindsTheSentencesThatWriteItRight()
    {
        using var coverage = await TestCoverage.LoadAsync(TestPaths.Seeds);

        var passages = await coverage.Library.Current!.RetrieveAsync("what did Stoltenburg say?", 3);

        Assert.Contains("Stoltenberg", passages[0].Sentence.Text, StringComparison.Ordinal);
        Assert.True(passages[0].Coverage >= 0.5, $"coverage {passages[0].Coverage}");
    }

    [Fact]
    public async Task Retrieve_RussianForRussia_MatchesThroughTheStemmedText()
    {
        using var coverage = await TestCoverage.LoadAsync(TestPaths.Seeds);

        var passages = await coverage.Library.Current!.RetrieveAsync("Where were the consultations on security guarantees held?", 3);

        Assert.StartsWith("Russian-US consultations on the issues related to security guarantees took place in Geneva", passages[0].Sentence.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retrieve_OffTopicQuestion_FindsNothingRelevant()
    {
        using var coverage = await TestCoverage.LoadAsync(TestPaths.Seeds);

        var passages = await coverage.Library.Current!.RetrieveAsync("Who won the 2022 football World Cup?", 10);

        Assert.All(passages, p => Assert.True(p.Coverage < 0.2, p.Sentence.Text));
    }

    [Fact]
    public void Analyze_CountryAcronym_IsKeptAndDistinctFromThePronoun()
    {
        using var analyzer = new NewsAnalyzer();

        var acronym = QueryTerms.Analyze(analyzer, KeywordIndex.TextField, "Russian-US consultations and U.S. talks");
        var pronoun = QueryTerms.Analyze(analyzer, KeywordIndex.TextField, "tell us about it");

        Assert.Equal(["russian", "usa", "consult", "talk"], acronym);
        Assert.Empty(pronoun);
    }

    [Fact]
    public async Task Retrieve_CapitalForCountry_CountsAsTheCountry()
    {
        using var coverage = await TestCoverage.LoadAsync(TestPaths.Seeds);

        var passages = await coverage.Library.Current!.RetrieveAsync("what did Moscow release on December 17?", 3);

        Assert.StartsWith("On December 17, 2021, the Russian Foreign Ministry released", passages[0].Sentence.Text, StringComparison.Ordinal);
        Assert.Equal(1.0, passages[0].Coverage, 6);
    }

    [Fact]
    public async Task Retrieve_YearlessDayAskedOfAWeekdayStory_RanksTheStoryWhoseWeekdayIsThatDayFirst()
    {
        // Thursday 18 November 2021: "on Tuesday" is the 16th. Friday 26 November: "on Wednesday" is the 24th.
        using var folder = new TempDirectory();
        await File.WriteAllTextAsync(folder.Combine("geneva.txt"), "Fishing quota talks close in Geneva\n\nGENEVA, November 18, 2021. /AFP/. "
            + "Trade envoys met on Tuesday in Geneva, and the Norwegian side was headed by a fisheries minister.");
        await File.WriteAllTextAsync(folder.Combine("second-round.txt"), "Quota talks resume\n\nGENEVA, November 26, 2021. /AFP/. "
            + "Trade envoys met on Wednesday in Geneva, and the Norwegian side was headed by a deputy trade minister.");
        using var coverage = await TestCoverage.LoadAsync(folder.Path);

        var passages = await coverage.Library.Current!.RetrieveAsync("Who headed the Norwegian side when the trade envoys met in Geneva on 16 November?", 5);

        Assert.Contains("fisheries minister", passages[0].Sentence.Text, StringComparison.Ordinal);
        Assert.Equal(1.0, passages[0].DateMatch);
        Assert.Equal(0.0, passages.Single(p => p.Sentence.Text.Contains("deputy trade minister", StringComparison.Ordinal)).DateMatch);
    }
    [Fact]
    public async Task Retrieve_DayAskedInWords_RanksTheSentenceThatSaysItAsAWeekdayAboveOneThatOnlyWritesTheDay()
    {
        // Thursday 18 November 2021: "on Tuesday" is the 16th. The day's words are searched as the day, not as text, so
        // the sentence that writes "16 November" and nothing else asked does not outrank the one that answers, as it
        // did while "16" and "November" each weighed as much as the name that several sentences share.
        using var folder = new TempDirectory();
        await File.WriteAllTextAsync(folder.Combine("geneva.txt"), "Fishing quota talks close in Geneva\n\nGENEVA, November 18, 2021. /AFP/. "
            + "Lena Brannock said on Tuesday the door to a quota deal was open. It was 16 November. Brannock had flown in from Oslo. "
            + "Brannock chairs the quota council.");
        using var coverage = await TestCoverage.LoadAsync(folder.Path);

        var passages = await coverage.Library.Current!.RetrieveAsync("what did Brannock say on 16 November about the talks?", 5);

        Assert.StartsWith("Lena Brannock said on Tuesday", passages[0].Sentence.Text, StringComparison.Ordinal);
        Assert.Equal(1.0, passages[0].DateMatch);
    }
}
